// The seeded demo accounts, so specs log in with the same credentials the seed creates.
export { DEMO_ACCOUNTS } from '../../../prisma/seed/demo-accounts'

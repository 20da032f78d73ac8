import 'server-only'
import { hash, verify } from '@node-rs/argon2'

// argon2id with the library defaults (~25 ms a hash here). Used for staff passwords and
// participants' access codes alike: neither is ever stored in clear.
export const hashSecret = (plain: string) => hash(plain)

export async function verifySecret(storedHash: string | null | undefined, plain: string): Promise<boolean> {
  if (!storedHash) return false
  try {
    return await verify(storedHash, plain)
  } catch {
    return false
  }
}

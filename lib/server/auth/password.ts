import 'server-only'
import { randomBytes } from 'node:crypto'
import { hash, verify } from '@node-rs/argon2'

// argon2id with the library defaults (~25 ms a hash here). Used for staff passwords and
// participants' access codes alike: neither is ever stored in clear.
export const hashSecret = (plain: string) => hash(plain)

// Checked against when there is no stored hash (unknown e-mail or phone, account without a password),
// so a refusal takes as long as a wrong password and timing does not tell which accounts exist.
// Made once per process with the same parameters as every stored hash; its secret is thrown away.
let dummyHash: Promise<string> | undefined
const getDummyHash = () => (dummyHash ??= hash(randomBytes(32).toString('base64url')))

export async function verifySecret(storedHash: string | null | undefined, plain: string): Promise<boolean> {
  try {
    if (!storedHash) {
      await verify(await getDummyHash(), plain)
      return false
    }
    return await verify(storedHash, plain)
  } catch {
    return false
  }
}

import 'server-only'
import { db } from '@/lib/server/db'

/** Province names are public reference data: no scope needed. */
export async function getProvinceName(code: string | null): Promise<string | null> {
  if (!code) return null
  const province = await db.province.findUnique({ where: { code }, select: { name: true } })
  return province?.name ?? null
}

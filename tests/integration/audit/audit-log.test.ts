import { describe, expect, it } from 'vitest'
import { writeAuditLog } from '@/lib/server/audit/write-audit-log'
import { testDb } from '../../support/database'
import { createUser } from '../../support/factories'

describe('writeAuditLog', () => {
  it('records who, what, which record, before and after, when and from where', async () => {
    const { actor } = await createUser('ADMIN_PUSAT')
    const started = new Date()
    await testDb().$transaction((tx) =>
      writeAuditLog(tx, actor, { action: 'update', entity: 'Program', entityId: 'p-1', before: { name: 'Lama' }, after: { name: 'Baru' } }),
    )
    const row = await testDb().auditLog.findFirstOrThrow({ where: { entityId: 'p-1' } })
    expect(row).toMatchObject({
      actorId: actor.userId, actorRole: 'ADMIN_PUSAT', action: 'update', entity: 'Program',
      before: { name: 'Lama' }, after: { name: 'Baru' }, ip: '127.0.0.1', userAgent: 'vitest',
    })
    expect(row.at.getTime()).toBeGreaterThanOrEqual(started.getTime() - 1000)
  })

  it('never stores secrets or NIK material, however deeply nested', async () => {
    await testDb().$transaction((tx) =>
      writeAuditLog(tx, null, {
        action: 'create', entity: 'User', entityId: 'u-secret',
        after: { name: 'A', passwordHash: '$argon2id$x', participant: { nik: '3201011205900001', nikHash: 'abc', nikCiphertext: 'v1.x' }, accessCode: 'KODE' },
      }),
    )
    const row = await testDb().auditLog.findFirstOrThrow({ where: { entityId: 'u-secret' } })
    const text = JSON.stringify(row.after)
    for (const secret of ['$argon2id$x', '3201011205900001', 'abc', 'v1.x', 'KODE']) expect(text).not.toContain(secret)
    expect(row.after).toMatchObject({ name: 'A', passwordHash: '[disembunyikan]' })
    expect(row.actorId).toBeNull()
  })

  it('leaves no record when the change it describes is rolled back', async () => {
    const { actor } = await createUser('ADMIN_PUSAT')
    await expect(
      testDb().$transaction(async (tx) => {
        await writeAuditLog(tx, actor, { action: 'delete', entity: 'Program', entityId: 'p-rollback' })
        throw new Error('write failed')
      }),
    ).rejects.toThrow('write failed')
    expect(await testDb().auditLog.count({ where: { entityId: 'p-rollback' } })).toBe(0)
  })
})

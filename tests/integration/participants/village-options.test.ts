// The participant form's village list: for the staff who register or edit participants, refused to
// participants and trainers (it was callable by every signed-in role).
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import type { Actor } from '@/lib/auth/actor'
import { listParticipantVillageOptionsAction } from '@/lib/actions/list-participant-village-options'
import { getActor } from '@/lib/server/auth/session'
import { participantActors } from '../../support/participant-factories'

// requireActor is the real one over a stubbed session: it redirects when there is none.
vi.mock('@/lib/server/auth/session', async () => {
  const getActor = vi.fn()
  return {
    getActor,
    requireActor: async () => (await getActor()) ?? Promise.reject(new Error('NEXT_REDIRECT /masuk')),
  }
})

let admin: Actor, operator: Actor, pelatih: Actor, peserta: Actor
beforeAll(async () => ({ admin, operator, pelatih, peserta } = await participantActors()))
beforeEach(() => vi.mocked(getActor).mockReset())

describe('listParticipantVillageOptionsAction', () => {
  it('lists the villages of a regency for Admin Pusat and the operator', async () => {
    for (const actor of [admin, operator]) {
      vi.mocked(getActor).mockResolvedValue(actor)
      const villages = await listParticipantVillageOptionsAction('32.04')
      expect(villages.length).toBeGreaterThan(100)
      expect(villages[0]).toEqual({ code: expect.stringMatching(/^32\.04\.\d{2}\.\d{4}$/), name: expect.any(String), districtName: expect.any(String) })
    }
  })

  it('refuses a participant and a trainer', async () => {
    for (const actor of [peserta, pelatih]) {
      vi.mocked(getActor).mockResolvedValue(actor)
      await expect(listParticipantVillageOptionsAction('32.04')).rejects.toMatchObject({ code: 'FORBIDDEN' })
    }
  })

  it('sends a signed-out caller to sign in', async () => {
    vi.mocked(getActor).mockResolvedValue(null)
    await expect(listParticipantVillageOptionsAction('32.04')).rejects.toThrow('NEXT_REDIRECT')
  })
})

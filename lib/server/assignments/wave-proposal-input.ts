import 'server-only'
import { createHash } from 'node:crypto'
import type { Actor } from '@/lib/auth/actor'
import type { ProposalCohort, ProposalTrainer } from '@/lib/scheduling/propose'
import type { Tx } from '@/lib/server/db'
import { notFoundError } from '@/lib/server/errors'
import { cohortWhere, trainerWhere } from '@/lib/server/scope/where'
import { ACTIVE_COHORT, loadBookings, loadUnavailability, toBooking } from './scheduling-data'

/**
 * Everything the automatic proposal for one wave works from: the wave's cohorts (with what they
 * already have), every active trainer with ALL their bookings (other waves too) and unavailable
 * ranges. The fingerprint changes whenever the wave's cohorts or assignments change, so a
 * proposal made from older data is recognised when it is applied.
 */
export async function loadWaveProposalInput(tx: Tx, actor: Actor, waveId: string, trainersPerCohort: number) {
  const wave = await tx.wave.findUnique({ where: { id: waveId }, select: { id: true } })
  if (!wave) throw notFoundError('Gelombang tidak ditemukan.')
  const [cohortRows, trainerRows, bookings, unavailability] = await Promise.all([
    tx.cohort.findMany({
      where: { AND: [cohortWhere(actor), ACTIVE_COHORT, { waveId }] },
      orderBy: [{ startDate: 'asc' }, { provinceCode: 'asc' }, { sequence: 'asc' }],
      select: {
        id: true, name: true, provinceCode: true, startDate: true, endDate: true,
        province: { select: { name: true } },
        assignments: { orderBy: { trainerId: 'asc' }, select: { trainerId: true, role: true } },
      },
    }),
    tx.trainer.findMany({
      where: { AND: [trainerWhere(actor), { active: true }] },
      orderBy: { id: 'asc' },
      select: { id: true, name: true, homeProvinceCode: true, homeProvince: { select: { name: true } } },
    }),
    loadBookings(tx),
    loadUnavailability(tx),
  ])
  const cohorts: ProposalCohort[] = cohortRows.map((c) => {
    const booking = toBooking(c)
    return { ...booking, label: booking.label!, required: trainersPerCohort, assigned: c.assignments }
  })
  const trainers: ProposalTrainer[] = trainerRows.map((t) => ({
    id: t.id, name: t.name, homeProvinceCode: t.homeProvinceCode, bookings: bookings.get(t.id) ?? [], unavailable: unavailability.get(t.id) ?? [],
  }))
  const fingerprint = createHash('sha256')
    .update(JSON.stringify(cohorts.map((c) => [c.cohortId, c.provinceCode, c.startDate, c.endDate, c.assigned.map((a) => `${a.trainerId}:${a.role}`)])))
    .digest('base64url')
  return {
    cohorts,
    trainers,
    fingerprint,
    cohortNames: new Map(cohortRows.map((c) => [c.id, { name: c.name, provinceName: c.province.name }])),
    trainerInfo: new Map(trainerRows.map((t) => [t.id, { name: t.name, homeProvinceCode: t.homeProvinceCode, homeProvinceName: t.homeProvince.name }])),
  }
}

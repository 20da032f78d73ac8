// A national round for the proposal benchmark, deterministic: 4 waves a week apart × one cohort in
// each of the 38 provinces (Tuesday–Friday), 189 trainers with home provinces spread over all 38,
// and one in six trainers unavailable for a few days somewhere in the round.
import { randomUUID } from 'node:crypto'
import { addDays } from '../../lib/scheduling/agenda'

export const PROVINCE_CODES = [
  '11', '12', '13', '14', '15', '16', '17', '18', '19', '21', '31', '32', '33', '34', '35', '36', '51', '52', '53',
  '61', '62', '63', '64', '65', '71', '72', '73', '74', '75', '76', '81', '82', '91', '92', '93', '94', '95', '96',
] as const

export const WAVES = 4
export const TRAINERS = 189
const FIRST_WAVE_START = '2026-05-17'

export type RoundWave = { id: string; number: number; startDate: string; endDate: string }
export type RoundCohort = { id: string; waveId: string; provinceCode: string; startDate: string; endDate: string }
export type RoundTrainer = { id: string; name: string; homeProvinceCode: string }
export type RoundUnavailability = { trainerId: string; startDate: string; endDate: string; reason: string }
export type Round = { waves: RoundWave[]; cohorts: RoundCohort[]; trainers: RoundTrainer[]; unavailability: RoundUnavailability[] }

/** A small deterministic generator (mulberry32), so every run plans the same round. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

export function planRound(): Round {
  const next = random(2026)
  const waves = Array.from({ length: WAVES }, (_, i): RoundWave => ({
    id: randomUUID(), number: i + 1, startDate: addDays(FIRST_WAVE_START, i * 7), endDate: addDays(FIRST_WAVE_START, i * 7 + 5),
  }))
  const cohorts = waves.flatMap((w) => PROVINCE_CODES.map((provinceCode): RoundCohort => ({
    id: randomUUID(), waveId: w.id, provinceCode, startDate: addDays(w.startDate, 2), endDate: addDays(w.startDate, 5),
  })))
  const trainers = Array.from({ length: TRAINERS }, (_, i): RoundTrainer => ({
    id: randomUUID(), name: `Pelatih Uji ${String(i + 1).padStart(3, '0')}`, homeProvinceCode: PROVINCE_CODES[i % PROVINCE_CODES.length],
  }))
  const unavailability = trainers
    .filter((_, i) => i % 6 === 0)
    .map((t): RoundUnavailability => {
      const start = addDays(FIRST_WAVE_START, Math.floor(next() * WAVES * 7))
      return { trainerId: t.id, startDate: start, endDate: addDays(start, 1 + Math.floor(next() * 4)), reason: 'Tugas kantor' }
    })
  return { waves, cohorts, trainers, unavailability }
}

// The "Kartu peserta" section of a cohort page (Admin Pusat and operators). Server component.
import type { Actor } from '@/lib/auth/actor'
import { getCohortCardSummary } from '@/lib/server/participant-access/issue-cohort-access-codes'
import { ParticipantCardsForm } from './participant-cards-form'

export async function ParticipantCardsSection({ actor, cohortId }: { actor: Actor; cohortId: string }) {
  const { activeCount, withoutCodeCount } = await getCohortCardSummary(actor, cohortId)
  return (
    <div className="space-y-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm" data-testid="participant-cards">
      <p className="text-sm text-slate-600">
        Cetak kartu berisi kode akses pribadi dan kode QR tautan masuk, 8 kartu per halaman A4. Kode tersimpan tersandi, jadi
        setiap kartu memuat kode <strong>baru</strong>.
      </p>
      <p className="text-sm text-slate-800" data-testid="cards-without-code">
        {activeCount === 0
          ? 'Belum ada peserta aktif di kelas ini.'
          : `${withoutCodeCount} dari ${activeCount} peserta aktif belum memiliki kode akses.`}
      </p>
      {activeCount > 0 ? <ParticipantCardsForm cohortId={cohortId} withoutCodeCount={withoutCodeCount} activeCount={activeCount} /> : null}
    </div>
  )
}

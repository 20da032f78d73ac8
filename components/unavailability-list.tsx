import { deleteTrainerUnavailabilityAction } from '@/lib/actions/delete-trainer-unavailability'
import { formatDateRange } from '@/lib/format/date-time'
import { InlineActionForm } from './inline-action-form'
import { EmptyState } from './ui'

type Item = { id: string; startDate: Date; endDate: Date; reason: string | null }

/** Unavailable date ranges, each with a delete button. */
export function UnavailabilityList({ items }: { items: Item[] }) {
  if (!items.length) return <EmptyState>Belum ada tanggal tidak tersedia.</EmptyState>
  return (
    <ul className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white shadow-sm" aria-label="Tanggal tidak tersedia">
      {items.map((u) => (
        <li key={u.id} className="flex items-start justify-between gap-3 px-4 py-3 text-sm">
          <span>
            <span className="font-medium text-slate-900">{formatDateRange(u.startDate, u.endDate)}</span>
            {u.reason ? <span className="block text-slate-600">{u.reason}</span> : null}
          </span>
          <InlineActionForm action={deleteTrainerUnavailabilityAction} fields={{ id: u.id }} tone="danger" confirmMessage="Hapus tanggal tidak tersedia ini?" label={`Hapus ${formatDateRange(u.startDate, u.endDate)}`}>
            Hapus
          </InlineActionForm>
        </li>
      ))}
    </ul>
  )
}

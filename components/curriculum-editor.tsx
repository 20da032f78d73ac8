import { deleteModuleAction } from '@/lib/actions/delete-module'
import { moveModuleAction } from '@/lib/actions/move-module'
import { formatNumber } from '@/lib/format/date-time'
import { InlineActionForm } from './inline-action-form'
import { ModuleForm } from './module-form'
import { EmptyState } from './ui'

type CurriculumModule = { id: string; title: string; jp: number; order: number; sessionCount: number }

/** A program's curriculum in order: reorder, edit and remove modules, add one at the end; total JP. */
export function CurriculumEditor({ programId, modules, totalJp }: { programId: string; modules: CurriculumModule[]; totalJp: number }) {
  return (
    <div className="space-y-4">
      {modules.length ? (
        <ol className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white shadow-sm" aria-label="Kurikulum">
          {modules.map((m, index) => (
            <li key={m.id} className="px-4 py-3" data-testid="module-row">
              <div className="flex flex-wrap items-start gap-x-3 gap-y-2">
                <span className="mt-0.5 w-6 shrink-0 text-sm font-semibold tabular-nums text-slate-500">{index + 1}.</span>
                <div className="min-w-0 flex-1">
                  <p className="font-medium text-slate-900">{m.title}</p>
                  <p className="text-xs text-slate-500">
                    {m.jp} JP ({formatNumber(m.jp * 45)} menit){m.sessionCount ? ` · dipakai ${formatNumber(m.sessionCount)} sesi` : ''}
                  </p>
                </div>
                <div className="flex items-start gap-1">
                  <InlineActionForm action={moveModuleAction} fields={{ moduleId: m.id, direction: 'up' }} label={`Naikkan ${m.title}`} disabled={index === 0}>↑</InlineActionForm>
                  <InlineActionForm action={moveModuleAction} fields={{ moduleId: m.id, direction: 'down' }} label={`Turunkan ${m.title}`} disabled={index === modules.length - 1}>↓</InlineActionForm>
                  <InlineActionForm
                    action={deleteModuleAction} fields={{ moduleId: m.id }} tone="danger" label={`Hapus ${m.title}`}
                    confirmMessage={m.sessionCount
                      ? `Hapus modul "${m.title}"? ${m.sessionCount} sesi yang sudah dijadwalkan tetap ada di agenda tanpa tautan modul.`
                      : `Hapus modul "${m.title}"?`}
                  >
                    Hapus
                  </InlineActionForm>
                </div>
              </div>
              <details className="mt-2 ml-9">
                <summary className="cursor-pointer text-xs font-medium text-brand-700">Ubah modul</summary>
                <div className="mt-2"><ModuleForm module={m} /></div>
              </details>
            </li>
          ))}
        </ol>
      ) : <EmptyState>Kurikulum belum memiliki modul.</EmptyState>}
      <p className="text-sm text-slate-700" data-testid="total-jp">
        Total: <strong>{formatNumber(totalJp)} JP</strong> ({formatNumber(totalJp * 45)} menit) dalam {modules.length} modul.
      </p>
      <div className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
        <h3 className="mb-3 text-sm font-semibold text-slate-800">Tambah modul</h3>
        <ModuleForm programId={programId} />
      </div>
    </div>
  )
}

import { rotateCalendarFeedAction } from '@/lib/actions/rotate-calendar-feed'
import { inputClass } from './field-styles'
import { InlineActionForm } from './inline-action-form'

/** The trainer's feed address with short instructions for the phone calendars trainers use, and a way to void it. */
export function CalendarSubscribe({ webcalUrl, httpsUrl }: { webcalUrl: string; httpsUrl: string }) {
  return (
    <div className="space-y-3 rounded-lg border border-slate-200 bg-white p-4 text-sm shadow-sm" data-testid="calendar-subscribe">
      <p className="text-slate-700">Tambahkan jadwal ini ke kalender ponsel Anda. Perubahan jadwal ikut diperbarui otomatis (biasanya dalam beberapa jam).</p>
      <a href={webcalUrl} className="inline-block rounded-md bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800">Langganan kalender</a>
      <label className="block font-medium text-slate-700">
        Alamat kalender (salin bila diminta)
        <input readOnly value={httpsUrl} className={`${inputClass} font-mono text-xs`} data-testid="calendar-feed-url" />
      </label>
      <details className="text-slate-700">
        <summary className="cursor-pointer font-medium text-brand-700">Cara menambahkan</summary>
        <div className="mt-2 space-y-2">
          <p><strong>Android (Google Kalender):</strong> buka calendar.google.com di peramban, pilih <em>Kalender lain</em> → <em>+</em> → <em>Dari URL</em>, tempel alamat di atas, lalu <em>Tambahkan kalender</em>. Jadwal muncul di aplikasi Google Kalender setelah sinkronisasi.</p>
          <p><strong>iPhone:</strong> ketuk <em>Langganan kalender</em> lalu <em>Berlangganan</em>. Atau buka <em>Pengaturan</em> → <em>Kalender</em> → <em>Akun</em> → <em>Tambah Akun</em> → <em>Lainnya</em> → <em>Tambah Kalender Langganan</em>, lalu tempel alamat di atas.</p>
          <p className="text-xs text-slate-500">Waktu sesi tampil dalam zona waktu ponsel Anda. Jangan bagikan alamat ini: siapa pun yang memilikinya dapat melihat jadwal Anda.</p>
        </div>
      </details>
      <div className="border-t border-slate-100 pt-3 text-slate-700">
        <p className="mb-2 text-xs">Alamat ini terlanjur dibagikan atau ponsel Anda hilang? Buat alamat baru: alamat lama langsung tidak berlaku.</p>
        <InlineActionForm
          action={rotateCalendarFeedAction}
          fields={{}}
          tone="danger"
          confirmMessage="Buat alamat kalender baru? Kalender yang sudah berlangganan dengan alamat lama berhenti diperbarui dan harus ditambahkan ulang."
        >
          Buat alamat kalender baru
        </InlineActionForm>
      </div>
    </div>
  )
}

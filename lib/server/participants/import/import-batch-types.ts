import type { ImportRowStatus, ParticipantFields } from './classify-participant-rows'
import type { RowDisplay } from './validate-participant-row'

// What a participant import keeps in import_batch.summary and import_row.data, shared by the
// preview that writes them and the pages, confirmation and cancellation that read them.

export type ImportSummary = Record<ImportRowStatus, number> & { total: number }

/** import_row.data. The NIK only as ciphertext, keyed hash and masked copy. */
export type ImportRowData = {
  display: RowDisplay
  changes: string[]
  participantId: string | null
  enrol: boolean
  /** UPDATE rows: participantVersion of the stored participant the preview merged into (absent in older previews). */
  storedVersion?: string | null
  /** NEW and UPDATE rows: the participant as it will be stored. */
  participant: (ParticipantFields & { nikHash: string; nikCiphertext?: string; nikMasked?: string }) | null
}

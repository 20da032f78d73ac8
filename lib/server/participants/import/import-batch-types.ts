import type { ImportRowStatus, ParticipantFields } from './classify-participant-rows'
import type { Adjustment, RowDisplay } from './validate-participant-row'

// What a participant import keeps in import_batch.summary and import_row.data, shared by the
// preview that writes them and the pages, confirmation, cancellation and move that read them.

/**
 * Rows per status. OVER_QUOTA exists only once a confirmation saved the rows that fit and left the
 * rest out (decision 033); a preview never has it.
 */
export type ImportSummary = Record<Exclude<ImportRowStatus, 'OVER_QUOTA'>, number> & { total: number; OVER_QUOTA?: number }

/** A participant's fields with the NIK only protected: ciphertext, keyed hash, masked copy. */
export type ProtectedParticipant = ParticipantFields & { nikHash: string; nikCiphertext?: string; nikMasked?: string }

/** import_row.data. The NIK only as ciphertext, keyed hash and masked copy. */
export type ImportRowData = {
  display: RowDisplay
  changes: string[]
  participantId: string | null
  enrol: boolean
  /** UPDATE rows: participantVersion of the stored participant the preview merged into (absent in older previews). */
  storedVersion?: string | null
  /** NEW and UPDATE rows: the participant as it will be stored. */
  participant: ProtectedParticipant | null
  /**
   * Rows that passed the checks but are not NEW (a NEW row's `participant` is the same): the file's
   * fields and protected NIK, so that the preview can be classified again for another cohort
   * (move-participant-import.ts). Absent in older previews and on rows that failed the checks.
   */
  source?: ProtectedParticipant & { nikCiphertext: string; nikMasked: string }
  /** Values read differently from what was typed ("disesuaikan"). */
  adjusted?: Adjustment[]
  /** Warnings that do not stop the row (a NIK issued in another province). */
  warnings?: string[]
}

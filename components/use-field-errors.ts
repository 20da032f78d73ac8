'use client'
import { useState } from 'react'
import type { ActionState } from '@/lib/actions/action-state-types'

/**
 * A field's error from the last submit, until the officer edits that field: an error left beside a
 * corrected value reads as if the correction were still wrong (issue 12 point 15). The edits are
 * remembered per answer, so the next submit's errors show again.
 */
export function useFieldErrors(state: ActionState) {
  const [edited, setEdited] = useState<{ state: ActionState; names: ReadonlySet<string> }>({ state, names: new Set() })
  const names = edited.state === state ? edited.names : NONE
  return {
    errorOf: (name: string): string | undefined => (names.has(name) ? undefined : state.fieldErrors?.[name]?.join(' ')),
    markEdited: (name: string) => {
      if (!state.fieldErrors?.[name] || names.has(name)) return
      setEdited({ state, names: new Set([...names, name]) })
    },
  }
}

const NONE: ReadonlySet<string> = new Set()

'use client'
// A searchable choice from a long official list (a regency's 400-odd villages), built on React Aria's
// ComboBox so the keyboard and screen-reader behaviour is the library's, not ours (decision 036).
import type { ReactNode } from 'react'
import { Button, ComboBox, Input, Label, ListBox, ListBoxItem, Popover, Text, useFilter } from 'react-aria-components/ComboBox'
import { I18nProvider } from 'react-aria-components/I18nProvider'
import type { ActionState } from '@/lib/actions/action-state-types'
import { inputClass } from './field-styles'
import { useFieldErrors } from './use-field-errors'

/** One choice: its code, what is typed and shown in the input once chosen, and an optional second line. */
export type RegionOption = { id: string; textValue: string; name: string; detail?: string }

type RegionComboBoxProps = {
  /** The form field the code is submitted as (a hidden input the library renders). */
  name: string
  label: string
  placeholder: string
  emptyText: string
  buttonLabel: string
  options: RegionOption[]
  selectedKey: string
  onChange: (code: string) => void
  state: ActionState
  isDisabled?: boolean
  hint?: ReactNode
}

/**
 * Typing filters the options by "contains", ignoring case and accents; the chosen code is submitted
 * under `name`. A field error shows until the choice is changed, like the other fields.
 */
export function RegionComboBox({ name, label, placeholder, emptyText, buttonLabel, options, selectedKey, onChange, state, isDisabled, hint }: RegionComboBoxProps) {
  const { errorOf, markEdited } = useFieldErrors(state)
  const error = errorOf(name)
  // 'base' sensitivity: "cibeureum" finds "Cibeureum", "e" finds "é".
  const { contains } = useFilter({ sensitivity: 'base' })
  return (
    // Indonesian collation for the filter, and the same locale on the server and in the browser.
    <I18nProvider locale="id-ID">
      <ComboBox
        name={name} defaultItems={options} selectedKey={selectedKey || null} defaultFilter={contains}
        onSelectionChange={(key) => { markEdited(name); onChange(key === null ? '' : String(key)) }}
        isDisabled={isDisabled} isInvalid={Boolean(error)} validationBehavior="aria" allowsEmptyCollection
        className="block text-sm font-medium text-slate-700"
      >
        <Label>{label}</Label>
        <div className="relative">
          <Input placeholder={placeholder} className={`${inputClass} bg-white pr-10 disabled:bg-slate-100 data-[invalid]:border-red-500`} />
          <Button aria-label={buttonLabel} className="absolute top-1 right-0 bottom-0 flex w-10 items-center justify-center rounded-r-md text-slate-500 disabled:text-slate-300">
            <svg aria-hidden="true" viewBox="0 0 20 20" className="size-5" fill="currentColor"><path d="M5.3 7.3a1 1 0 0 1 1.4 0L10 10.6l3.3-3.3a1 1 0 1 1 1.4 1.4l-4 4a1 1 0 0 1-1.4 0l-4-4a1 1 0 0 1 0-1.4Z" /></svg>
          </Button>
        </div>
        {hint ? <Text slot="description" className="mt-1 block text-xs font-normal text-slate-500">{hint}</Text> : null}
        {error ? <Text slot="errorMessage" className="mt-1 block text-xs font-normal text-red-700">{error}</Text> : null}
        {/* The trigger's width, never wider than the screen: the popover stays inside a 360 px phone. */}
        <Popover className="w-[var(--trigger-width)] max-w-[calc(100vw-1.5rem)] overflow-hidden rounded-md border border-slate-200 bg-white shadow-lg">
          <ListBox<RegionOption>
            className="max-h-[inherit] overflow-auto p-1 outline-none"
            renderEmptyState={() => <p className="px-3 py-2 text-sm text-slate-500">{emptyText}</p>}
          >
            {(option) => (
              <ListBoxItem
                id={option.id} textValue={option.textValue}
                className="cursor-default rounded px-3 py-2 text-sm text-slate-800 outline-none data-[focused]:bg-brand-100 data-[selected]:font-semibold"
              >
                <span className="block">{option.name}</span>
                {option.detail ? <span className="block text-xs font-normal text-slate-500">{option.detail}</span> : null}
              </ListBoxItem>
            )}
          </ListBox>
        </Popover>
      </ComboBox>
    </I18nProvider>
  )
}

// The inputs' look, shared by client forms and by server-rendered filter forms (a 'use client' module
// cannot hand a plain string to a server component).
export const inputClass =
  'mt-1 block w-full rounded-md border border-slate-300 px-3 py-2 text-base shadow-sm focus:border-brand-600 focus:outline-none aria-[invalid=true]:border-red-500'

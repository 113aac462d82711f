/** The look of the playground's settings fields (selects), shared by its forms. */
export const selectClass =
  'mt-1 block w-full rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm dark:border-slate-600 dark:bg-slate-800'

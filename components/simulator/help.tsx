'use client'

import type { Translate } from './format'

const KEYS: ReadonlyArray<[string, string]> = [
  ['S', 'help.step'],
  ['B', 'help.back'],
  ['P', 'help.play'],
  ['R', 'help.reset'],
  ['N', 'help.skip'],
  ['T', 'help.notation'],
  ['W', 'help.why'],
  ['1–4', 'help.fates'],
  ['Esc', 'help.cancel'],
  ['?', 'help.help'],
]

/** The keyboard shortcuts, loaded when a learner first opens the list. */
export function HelpList({ t }: { t: Translate }) {
  return (
    <div>
      <p className="mb-2 font-semibold">{t('help.title')}</p>
      <p className="mb-2 text-slate-600 dark:text-slate-300">{t('help.intro')}</p>
      <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1">
        {KEYS.map(([key, what]) => (
          <div key={key} className="contents">
            <dt>
              <kbd className="rounded border border-slate-400 px-1.5 font-mono text-xs">{key}</kbd>
            </dt>
            <dd>{t(what)}</dd>
          </div>
        ))}
      </dl>
      <p className="mt-2 text-slate-600 dark:text-slate-300">{t('help.segments')}</p>
    </div>
  )
}

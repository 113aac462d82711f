'use client'

import { useState } from 'react'
import { recordingOf } from '@/lib/sim'
import { buttonClass } from './controls'
import type { Translate } from './format'
import type { SimulatorStore } from './simulator-store'

/**
 * "Copy as scenario": the run on screen as the text of a scenario file (content/README.md, Scenarios),
 * copied to the clipboard and shown to select by hand. Saved as a file, it replays to the same run.
 */
export function CopyScenario({ api, t }: { api: SimulatorStore; t: Translate }) {
  const [copied, setCopied] = useState<{ text: string; ok: boolean } | null>(null)
  const copy = async () => {
    // The printer loads on the first copy: most learners never use it.
    const { printRecording } = await import('@/lib/scenario-text/print')
    const { frame, setup } = api.getState()
    const text = printRecording(recordingOf(frame.sim, setup.scenarioId ?? undefined))
    const ok = await navigator.clipboard.writeText(text).then(
      () => true,
      () => false,
    )
    setCopied({ text, ok })
  }
  return (
    <>
      <button type="button" className={buttonClass} onClick={copy}>
        {t('copyScenario.button')}
      </button>
      {copied ? (
        <div className="basis-full rounded-md bg-slate-100 p-2 text-sm dark:bg-slate-800">
          <p role="status">{copied.ok ? t('copyScenario.copied') : t('copyScenario.fallback')}</p>
          <textarea
            readOnly
            aria-label={t('copyScenario.field')}
            value={copied.text}
            rows={Math.min(16, copied.text.split('\n').length)}
            onFocus={(event) => event.currentTarget.select()}
            className="mt-1 w-full rounded border border-slate-300 bg-white px-2 py-1 font-mono text-xs dark:border-slate-600 dark:bg-slate-900"
          />
        </div>
      ) : null}
    </>
  )
}

'use client'

import { useState } from 'react'
import { recordingOf } from '@/lib/sim'
import { buttonClass } from './controls'
import { CopiedText } from './copied-text'
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
        <CopiedText
          className="basis-full"
          status={copied.ok ? t('copyScenario.copied') : t('copyScenario.fallback')}
          label={t('copyScenario.field')}
          text={copied.text}
          lines={Math.min(16, copied.text.split('\n').length)}
        />
      ) : null}
    </>
  )
}

'use client'

import { useFormatter, useTranslations } from 'next-intl'
import { useId, useRef, useState } from 'react'
import type { ProgressCounts, ProgressState } from '@/lib/progress/model'
import type { ImportError, ImportSummary } from '@/lib/progress/transfer'
import { buttonPrimary, buttonSecondary } from '@/components/practice/ui'
import { progressSnapshot, useProgressStore } from './progress-store'
import { browserTimeZone } from './use-progress'
import { downloadText } from '@/components/ui/download'
import { FileInput } from '@/components/ui/file-input'
import { RefusedAlert } from '@/components/ui/refused-alert'

type Pending = { state: ProgressState; summary: ImportSummary; fileName: string }

const COUNT_KEYS: ReadonlyArray<keyof ProgressCounts> = ['quizResults', 'cards', 'missedQuizzes', 'lessons', 'exams']

/**
 * Export progress to a JSON file; import one in another browser. An import is size-checked and
 * validated first, shows what it would replace, and changes nothing until the learner confirms.
 */
export function ProgressTransfer() {
  const t = useTranslations('practice.transfer')
  const format = useFormatter()
  const replaceProgress = useProgressStore((s) => s.replaceProgress)
  const [pending, setPending] = useState<Pending | null>(null)
  const [error, setError] = useState<ImportError | null>(null)
  const [done, setDone] = useState<string | null>(null)
  const inputRef = useRef<HTMLInputElement>(null)
  // A later pick wins, even when an earlier, larger file finishes reading after it.
  const pick = useRef(0)
  const inputId = useId()

  // Export and import code (with the file's validation) loads when the learner asks for it.
  const onExport = async () => {
    const { exportFileName, exportProgress } = await import('@/lib/progress/transfer')
    const now = Date.now()
    downloadText(exportFileName(now), exportProgress(progressSnapshot(), now), 'application/json')
  }

  const onFile = async (file: File | undefined) => {
    const mine = ++pick.current
    setDone(null)
    setPending(null)
    setError(null)
    if (!file) return
    const { readProgressFile } = await import('@/lib/progress/transfer')
    const result = await readProgressFile(file, progressSnapshot())
    if (mine !== pick.current) return
    if (result.ok) setPending({ state: result.state, summary: result.summary, fileName: file.name })
    else setError(result.error)
  }

  const confirm = () => {
    if (!pending) return
    replaceProgress(pending.state)
    setPending(null)
    setDone(pending.fileName)
    if (inputRef.current) inputRef.current.value = ''
  }
  const cancel = () => {
    setPending(null)
    if (inputRef.current) inputRef.current.value = ''
  }

  return (
    <section aria-labelledby={`${inputId}-heading`} className="space-y-3">
      <h2 id={`${inputId}-heading`} className="text-xl font-semibold">
        {t('heading')}
      </h2>
      <p className="text-sm text-slate-700 dark:text-slate-200">{t('intro')}</p>
      <button type="button" className={buttonPrimary} onClick={() => void onExport()}>
        {t('export')}
      </button>
      <FileInput
        ref={inputRef}
        id={inputId}
        label={t('importLabel')}
        accept="application/json,.json"
        onFile={(file) => void onFile(file)}
      />
      {error ? (
        <RefusedAlert
          heading={t('refused', { reason: t(`error.${error.key.replace('import.', '')}`, { ...error.params }) })}
          problems={(error.issues ?? []).slice(0, 10).map((issue) => `${issue.path}: ${issue.message}`)}
          className="font-mono text-xs"
          footer={t('nothingChanged')}
        />
      ) : null}
      {pending ? (
        <div className="space-y-2 rounded-md border border-amber-400 bg-amber-50 p-3 text-sm text-amber-950 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-50">
          <p className="font-semibold">{t('confirmHeading', { file: pending.fileName })}</p>
          {pending.summary.exportedAt ? <p>{t('exportedAt', { date: format.dateTime(new Date(pending.summary.exportedAt), { dateStyle: 'medium', timeStyle: 'short', timeZone: browserTimeZone() }) })}</p> : null}
          <table className="text-left">
            <caption className="sr-only">{t('summaryCaption')}</caption>
            <thead>
              <tr>
                <th scope="col" className="pr-4" />
                <th scope="col" className="px-2 text-right">{t('now')}</th>
                <th scope="col" className="px-2 text-right">{t('inFile')}</th>
              </tr>
            </thead>
            <tbody>
              {COUNT_KEYS.map((key) => (
                <tr key={key}>
                  <th scope="row" className="pr-4 font-normal">{t(`count.${key}`)}</th>
                  <td className="px-2 text-right tabular-nums">{pending.summary.current?.[key] ?? 0}</td>
                  <td className="px-2 text-right tabular-nums">{pending.summary.incoming[key]}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p>{t('replaceWarning')}</p>
          <div className="flex flex-wrap gap-2">
            <button type="button" className={buttonPrimary} onClick={confirm}>
              {t('replace')}
            </button>
            <button type="button" className={buttonSecondary} onClick={cancel}>
              {t('cancel')}
            </button>
          </div>
        </div>
      ) : null}
      <p role="status" className="text-sm">
        {done ? (
          <>
            <span aria-hidden="true">✓ </span>
            {t('imported', { file: done })}
          </>
        ) : null}
      </p>
    </section>
  )
}

'use client'

import { useTranslations } from 'next-intl'
import { useEffect, useId, useRef, useState } from 'react'
import type { CsvError, ImportedCard } from '@/lib/flashcards/csv'
import { downloadText } from '@/components/ui/download'
import type { DeckView } from './deck-view'
import { useMyCardsStore } from './my-cards-store'
import { buttonPrimary, buttonSecondary } from './ui'
import { FileInput } from '@/components/ui/file-input'
import { RefusedAlert } from '@/components/ui/refused-alert'

/** Anki export of every deck, and import of an Anki CSV/TSV file into "My cards". */
export function DeckTools({ decks }: { decks: readonly DeckView[] }) {
  const t = useTranslations('practice.decks')
  const myCards = useMyCardsStore((s) => s.cards)
  const addCards = useMyCardsStore((s) => s.addCards)
  const [errors, setErrors] = useState<CsvError[] | null>(null)
  const [pending, setPending] = useState<{ cards: ImportedCard[]; file: string } | null>(null)
  const [added, setAdded] = useState<number | null>(null)
  const [limitMb, setLimitMb] = useState(0)
  const inputRef = useRef<HTMLInputElement>(null)
  // A later pick wins, even when an earlier, larger file finishes reading after it.
  const pick = useRef(0)
  const inputId = useId()
  useEffect(() => void useMyCardsStore.persist.rehydrate(), [])

  const onFile = async (file: File | undefined) => {
    const mine = ++pick.current
    setErrors(null)
    setPending(null)
    setAdded(null)
    if (!file) return
    // The CSV reader loads with the first file the learner picks; it checks the size before reading.
    const { MAX_DECK_FILE_BYTES, readDeckCsvFile } = await import('@/lib/flashcards/csv')
    setLimitMb(MAX_DECK_FILE_BYTES / 1_000_000)
    const result = await readDeckCsvFile(file)
    if (mine !== pick.current) return
    if (result.ok) setPending({ cards: result.cards, file: file.name })
    else setErrors(result.errors)
  }
  const fileProblem = errors?.find((e) => e.code === 'fileTooLarge' || e.code === 'unreadable')
  const exportMyCards = async () => {
    const { exportCardsCsv } = await import('@/lib/flashcards/csv')
    downloadText('my-cards.tsv', exportCardsCsv(myCards, '\t'), 'text/tab-separated-values')
  }
  const confirm = () => {
    if (!pending) return
    addCards(pending.cards)
    setAdded(pending.cards.length)
    setPending(null)
    if (inputRef.current) inputRef.current.value = ''
  }

  return (
    <section aria-labelledby={`${inputId}-heading`} className="space-y-4">
      <h2 id={`${inputId}-heading`} className="text-xl font-semibold">
        {t('heading')}
      </h2>
      <ul className="space-y-2">
        {decks.map((deck) => (
          <li key={deck.id} className="space-y-1">
            <p className="font-medium">{deck.title}</p>
            <div className="flex flex-wrap gap-2">
              <button type="button" className={buttonSecondary} onClick={() => downloadText(`${deck.id}.tsv`, deck.exports.tsv, 'text/tab-separated-values')}>
                {t('exportTsv', { title: deck.title })}
              </button>
              <button type="button" className={buttonSecondary} onClick={() => downloadText(`${deck.id}.csv`, deck.exports.csv, 'text/csv')}>
                {t('exportCsv', { title: deck.title })}
              </button>
            </div>
          </li>
        ))}
        {myCards.length > 0 ? (
          <li className="space-y-1">
            <p className="font-medium">{t('myCards', { count: myCards.length })}</p>
            <button type="button" className={buttonSecondary} onClick={() => void exportMyCards()}>
              {t('exportTsv', { title: t('myCardsTitle') })}
            </button>
          </li>
        ) : null}
      </ul>
      <FileInput
        ref={inputRef}
        id={inputId}
        label={t('importLabel')}
        hint={t('importHint')}
        accept=".csv,.tsv,.txt,text/csv,text/tab-separated-values,text/plain"
        onFile={(file) => void onFile(file)}
      />
      {fileProblem ? (
        <RefusedAlert heading={fileProblem.code === 'fileTooLarge' ? t('fileTooLarge', { max: limitMb }) : t('unreadable')} problems={[]} />
      ) : errors ? (
        <RefusedAlert
          heading={t('refused', { count: errors.length })}
          problems={errors.slice(0, 20).map((e) => {
            const message = t(`csvError.${e.code}`, { count: e.count ?? 0 })
            return e.line > 0 ? t('lineError', { line: e.line, message }) : message
          })}
        />
      ) : null}
      {pending ? (
        <div className="space-y-2 rounded-md border border-amber-400 bg-amber-50 p-3 text-sm text-amber-950 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-50">
          <p>{t('ready', { count: pending.cards.length, file: pending.file })}</p>
          <div className="flex gap-2">
            <button type="button" className={buttonPrimary} onClick={confirm}>
              {t('add')}
            </button>
            <button type="button" className={buttonSecondary} onClick={() => setPending(null)}>
              {t('cancel')}
            </button>
          </div>
        </div>
      ) : null}
      <p role="status" className="text-sm">
        {added !== null ? t('added', { count: added }) : null}
      </p>
    </section>
  )
}

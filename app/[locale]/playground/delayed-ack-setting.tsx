'use client'

import { useTranslations } from 'next-intl'
import { useId } from 'react'
import { selectClass } from './field-class'

/** The choices: the scenario's or profile's own, off, or Linux's shortest and longest delay. */
const CHOICES = ['', 'off', '40', '200'] as const
type Choice = (typeof CHOICES)[number]

function choiceOf(ms: number | null | undefined): Choice {
  if (ms === undefined) return ''
  if (ms === null) return 'off'
  return ms === 200 ? '200' : '40'
}

function msOf(choice: Choice): number | null | undefined {
  if (choice === '') return undefined
  return choice === 'off' ? null : Number(choice)
}

/**
 * The playground's delayed-ACK setting (RFC 9293 §3.8.6.3): the profile's (Linux holds an ACK
 * 40 ms, the others answer at once), off, or a fixed delay for any profile.
 */
export function DelayedAckSetting({ ms, onChange }: { ms: number | null | undefined; onChange: (ms: number | null | undefined) => void }) {
  const t = useTranslations('simulator.playground')
  const id = useId()
  return (
    <label className="text-sm" htmlFor={`${id}-delayed-ack`}>
      {t('delayedAck')}
      <select
        id={`${id}-delayed-ack`}
        className={selectClass}
        value={choiceOf(ms)}
        aria-describedby={`${id}-delayed-ack-hint`}
        onChange={(e) => onChange(msOf(e.target.value as Choice))}
      >
        {CHOICES.map((choice) => (
          <option key={choice} value={choice}>
            {t(`delayedAckChoice.${choice || 'profile'}`)}
          </option>
        ))}
      </select>
      <span id={`${id}-delayed-ack-hint`} className="mt-1 block text-xs text-slate-600 dark:text-slate-400">
        {t('delayedAckHint')}
      </span>
    </label>
  )
}

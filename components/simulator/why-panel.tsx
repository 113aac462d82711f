'use client'

import { useLocale } from 'next-intl'
import { useEffect, useId, useMemo, useRef } from 'react'
import { effectiveProfile, explainEntry, type Explanation } from '@/lib/sim'
import { PROFILES, ruleInfo, type RuleId } from '@/lib/tcp'
import type { LoadedRules } from '@/lib/rules/load'
import { buttonClass } from './controls'
import { changeWords, describeEntry, type SegmentIndex } from './describe'
import type { Translate } from './format'
import { useRules } from './use-rules'
import { ruleSource, settingValue } from './rule-source'
import { useSimulatorStore } from './simulator-store-provider'

/** The rule in words: its name and sentence (read out when the panel opens), its source, the profile's choice and the RFC's words. */
function RuleAccount({ rule, rules, lang, t }: { rule: RuleId; rules: LoadedRules; lang: 'en' | 'zh'; t: Translate }) {
  const setup = useSimulatorStore((s) => s.setup)
  const config = useSimulatorStore((s) => s.frame.sim.config)
  const info = ruleInfo(rule)
  const text = rules.texts.rules[rule]
  const source = ruleSource(rule, t)
  const quote = rules.quotes[rule]
  const profile = effectiveProfile(config)
  const keepAlive = setup.keepAliveTimes ? { ...profile, keepAlive: { ...profile.keepAlive, ...setup.keepAliveTimes } } : profile
  return (
    <>
      <p>
        <strong>{text.title}.</strong> {text.why}
      </p>
      <p className="mt-1 text-xs text-slate-700 dark:text-slate-300">{source ?? t('why.notTcp', { what: text.title })}</p>
      {info.hypothetical ? <p className="mt-1 text-xs font-bold text-red-800 dark:text-red-300">{t('why.hypothetical')}</p> : null}
      {info.setting ? (
        <div className="mt-2 rounded border border-violet-300 bg-violet-50 p-2 text-xs dark:border-violet-800 dark:bg-violet-950/40">
          <p className="font-semibold">{t('why.setting', { name: rules.texts.settings[info.setting].name })}</p>
          <p className="mt-0.5">{t('why.profileChose', { profile: PROFILES[config.profile].label[lang], value: settingValue(info.setting, keepAlive, t) })}</p>
          <p className="mt-0.5">{rules.texts.settings[info.setting].why}</p>
        </div>
      ) : null}
      {quote ? (
        <details className="mt-2 text-xs">
          <summary className="cursor-pointer font-semibold">{t('why.quote')}</summary>
          <blockquote lang="en" className="mt-1 border-l-2 border-slate-400 pl-2 font-mono whitespace-pre-wrap">
            {quote}
          </blockquote>
        </details>
      ) : null}
    </>
  )
}

/** The step around the entry: what started it, the state before and after, and the TCB variables it changed. */
function StepAccount({ explanation: e, segments, t }: { explanation: Explanation; segments: SegmentIndex; t: Translate }) {
  const host = e.host ? t('events.hostName', { host: e.host }) : ''
  return (
    <dl className="mt-3 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-xs">
      {e.trigger && e.trigger !== e.entry ? (
        <>
          <dt className="font-semibold">{t('why.trigger')}</dt>
          <dd>{describeEntry(e.trigger, segments, t)}</dd>
        </>
      ) : null}
      {e.state ? (
        <>
          <dt className="font-semibold">{t('why.state')}</dt>
          <dd className="font-mono">
            {e.state.from === e.state.to ? t('why.stateSame', { host, state: e.state.to }) : t('why.stateChange', { host, from: e.state.from, to: e.state.to })}
          </dd>
        </>
      ) : null}
      <dt className="font-semibold">{t('why.changes')}</dt>
      <dd>
        {e.changes.length === 0 ? (
          t('why.noChanges')
        ) : (
          <ul className="font-mono">
            {e.changes.map((c) => (
              <li key={c.field}>
                <mark className="rounded bg-amber-100 px-0.5 text-inherit dark:bg-amber-900/60">{changeWords(c, t)}</mark>
              </li>
            ))}
          </ul>
        )}
      </dd>
    </dl>
  )
}

/**
 * The Why panel: for the trace entry the learner asked about, the rule that produced it (in words,
 * with its RFC section, the profile's choice and the RFC's own words), and the engine step around
 * it. It takes focus when it opens from a click (`whyFocus`), not from the W key, so stepping on
 * with the keyboard goes on; either way its account of the rule is read out.
 */
export function WhyPanel({ t, segments, onClose }: { t: Translate; segments: SegmentIndex; onClose: () => void }) {
  const lang = useLocale() === 'zh' ? 'zh' : 'en'
  const why = useSimulatorStore((s) => s.why)
  const takeFocus = useSimulatorStore((s) => s.whyFocus)
  const trace = useSimulatorStore((s) => s.frame.sim.trace)
  const explanation = useMemo(() => (why === null ? null : explainEntry(trace, why)), [trace, why])
  const rules = useRules(lang)
  const headingId = useId()
  const heading = useRef<HTMLHeadingElement>(null)
  useEffect(() => {
    if (takeFocus) heading.current?.focus()
  }, [why, takeFocus])
  if (why === null) return null
  return (
    <section aria-labelledby={headingId} className="mt-3 rounded-md border-2 border-violet-500 bg-white p-3 text-sm dark:bg-slate-900">
      <div className="flex items-start justify-between gap-2">
        <h3 id={headingId} ref={heading} tabIndex={-1} className="font-semibold outline-none focus-visible:ring-2 focus-visible:ring-sky-500">
          {t('why.heading', { what: explanation ? describeEntry(explanation.entry, segments, t) : '' })}
        </h3>
        <button type="button" className={buttonClass} onClick={onClose}>
          {t('why.close')}
        </button>
      </div>
      <div role="status" aria-live="polite" className="mt-2">
        {!explanation ? t('why.nothing') : rules ? <RuleAccount rule={explanation.rule} rules={rules} lang={lang} t={t} /> : t('why.loading')}
      </div>
      {explanation?.stepRule && rules ? (
        <p className="mt-2 text-xs">
          <span className="font-semibold">{t('why.whole')}:</span> {rules.texts.rules[explanation.stepRule].title} ({ruleSource(explanation.stepRule, t) ?? ''})
        </p>
      ) : null}
      {explanation ? <StepAccount explanation={explanation} segments={segments} t={t} /> : null}
    </section>
  )
}

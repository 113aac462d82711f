'use client'

import { useLocale, useTranslations } from 'next-intl'
import { useId, useMemo } from 'react'
import { createTimelineBuilder } from '@/lib/sim'
import { comparedEvents, firstDivergence, getScenario, runChoice, runUnder, type ComparedEvent, type RunChoice } from '@/lib/scenarios'
import { PROFILES, getVariant, type RuleId } from '@/lib/tcp'
import { createArrowWords, type ArrowWords } from './arrow-words'
import { describeEntry } from './describe'
import type { Translate } from './format'
import { useRules } from './use-rules'
import { ruleSource } from './rule-source'
import { SequenceDiagram } from './sequence-diagram'
import { TIME_SCALE, viewModel, type ViewModel } from './view-model'

export type CompareProps = {
  /** A scenario id, e.g. "keepalive-dead-peer-short". */
  scenario: string
  /** The first run: a profile ("rfc", "linux", "textbook") or a variant ("standard", "two_way_handshake", …). */
  a: string
  /** The second run, named the same way. */
  b: string
}

/** The run's name: its profile's when the two runs differ in profile, else its variant's. */
function sideLabel(choice: RunChoice, other: RunChoice, lang: 'en' | 'zh'): string {
  return choice.profile !== other.profile ? PROFILES[choice.profile].label[lang] : getVariant(choice.variant).label[lang]
}

/** One run: its drawing, its event at the first difference (if it has one) and where to keep in view. */
type Side = { label: string; vm: ViewModel; event: ComparedEvent | null; rule: RuleId | null; index: number | null; anchorY: number | undefined }

/** One run's diagram, scrolled to the first difference and marking it. */
function RunColumn({ side, words, t }: { side: Side; words: ArrowWords; t: Translate }) {
  const titleId = useId()
  const event = side.event
  const arrow = event?.type === 'segment_sent' ? side.vm.arrows.find((a) => a.id === event.id) : undefined
  const state = event?.type === 'state_change' ? side.vm.states.find((s) => s.index === side.index) : undefined
  const marked: ArrowWords = { ...words, tags: (a, withFate) => [words.tags(a, withFate), ...(a.id === arrow?.id ? [t('compare.mark')] : [])].filter(Boolean).join(' · ') }
  return (
    <div className="min-w-0">
      <h4 className="mb-1 text-sm font-semibold">{side.label}</h4>
      <SequenceDiagram
        vm={side.vm}
        notation="textbook"
        selected={arrow?.id ?? null}
        words={marked}
        onChoose={() => {}}
        onWhy={() => {}}
        t={t}
        titleId={titleId}
        smooth={false}
        all={false}
        interactive={false}
        anchorY={side.anchorY}
        markedState={state ? (side.index ?? undefined) : undefined}
      />
    </div>
  )
}

/**
 * One scenario run twice, under two profiles or two variants, side by side, with the first event
 * where the runs part marked in both diagrams and explained by the rule behind it on each side.
 */
export function CompareRuns({ scenario: id, a, b }: CompareProps) {
  const t = useTranslations('simulator') as unknown as Translate
  const lang = useLocale() === 'zh' ? 'zh' : 'en'
  const scenario = getScenario(id)
  const rules = useRules(lang)
  const words = useMemo(() => createArrowWords(t), [t])
  const result = useMemo(() => {
    if (!scenario) return null
    const [ca, cb] = [runChoice(scenario, a), runChoice(scenario, b)]
    if (!ca || !cb) return null
    const [ra, rb] = [runUnder(scenario, ca), runUnder(scenario, cb)]
    const d = firstDivergence(ra, rb)
    const side = (choice: RunChoice, other: RunChoice, run: typeof ra, event: ComparedEvent | null, rule: RuleId | null): Side => {
      const vm = viewModel(run, createTimelineBuilder(TIME_SCALE))
      // A run with nothing at the difference is shown at its last event before it, the same moment.
      const shown = event ?? (d ? comparedEvents(run).slice(0, d.at).at(-1) : undefined)
      const index = shown ? run.trace.indexOf(shown) : null
      const anchorY = shown?.type === 'segment_sent' ? vm.arrows.find((a) => a.id === shown.id)?.y1 : vm.states.find((s) => s.index === index)?.y
      return { label: sideLabel(choice, other, lang), vm, event, rule, index: event ? index : null, anchorY }
    }
    return { d, sides: [side(ca, cb, ra, d?.a ?? null, d?.ruleA ?? null), side(cb, ca, rb, d?.b ?? null, d?.ruleB ?? null)] as const }
  }, [scenario, a, b, lang])
  if (!scenario || !result) return <p role="alert" className="text-red-700">{t('compare.unknown', { scenario: id, a, b })}</p>
  const { d, sides } = result
  const happened = (side: Side) => (side.event ? describeEntry(side.event, side.vm.segments, t) : t('compare.nothing'))
  return (
    <section
      aria-label={t('compare.region', { title: scenario.title[lang] })}
      className="not-prose @container my-8 rounded-lg border border-slate-300 bg-white p-3 text-slate-900 sm:p-4 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100 [--sim-bg:#ffffff] [--sim-fg:#0f172a] [--sim-muted:#64748b] [--sim-pill:#f1f5f9] [--sim-client:#0369a1] [--sim-server:#b45309] [--sim-lost:#b91c1c] [--sim-timer:#6d28d9] [--sim-focus:#7c3aed] dark:[--sim-bg:#0f172a] dark:[--sim-fg:#e2e8f0] dark:[--sim-muted:#94a3b8] dark:[--sim-pill:#1e293b] dark:[--sim-client:#38bdf8] dark:[--sim-server:#fbbf24] dark:[--sim-lost:#f87171] dark:[--sim-timer:#a78bfa] dark:[--sim-focus:#a78bfa]"
    >
      <h3 className="text-base font-semibold">{t('compare.title', { title: scenario.title[lang], a: sides[0].label, b: sides[1].label })}</h3>
      <div role="status" className="mt-2 rounded-md border-l-4 border-violet-500 bg-violet-50 px-3 py-2 text-sm dark:bg-violet-950/40">
        {!d ? (
          <p>{t('compare.same')}</p>
        ) : (
          <>
            <p className="font-semibold">{t('compare.firstAt', { at: d.at + 1 })}</p>
            <ul className="mt-1 space-y-1">
              {sides.map((side) => (
                <li key={side.label}>
                  <span className="font-semibold">{side.label}:</span> {happened(side)}
                  {side.rule && rules ? (
                    <>
                      {' — '}
                      <span className="italic">{rules.texts.rules[side.rule].title}</span> ({ruleSource(side.rule, t) ?? t('why.notTcp', { what: '' })}). {rules.texts.rules[side.rule].why}
                    </>
                  ) : null}
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
      <div className="mt-3 grid gap-3 @3xl:grid-cols-2">
        {sides.map((side) => (
          <RunColumn key={side.label} side={side} words={words} t={t} />
        ))}
      </div>
    </section>
  )
}

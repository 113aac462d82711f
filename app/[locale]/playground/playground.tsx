'use client'

import { useLocale, useTranslations } from 'next-intl'
import { useId, useMemo, useState, useSyncExternalStore } from 'react'
import { scenarioIds, getScenario } from '@/lib/scenarios'
import { formatKeepAliveTimes } from '@/lib/sim'
import { PROFILE_IDS, PROFILES, VARIANT_IDS, VARIANTS, type KeepAliveTimes, type ProfileId, type VariantId } from '@/lib/tcp'
import { setupOfRecording, type SimulatorSetup } from '@/components/simulator/driver'
import { CompareSettings } from './compare-settings'
import { DelayedAckSetting } from './delayed-ack-setting'
import { KeepAliveSettings } from './keepalive-settings'
import { selectClass } from './field-class'
import { OpenCapture } from './open-capture'
import { recordingFromSearch } from '@/components/simulator/share'
import { SimulatorWidget } from '@/components/simulator/simulator'

const BLANK: SimulatorSetup = { scenarioId: null, profile: 'rfc', variant: 'standard' }

function subscribeLocation(onChange: () => void) {
  window.addEventListener('popstate', onChange)
  return () => window.removeEventListener('popstate', onChange)
}


/**
 * The playground: any scenario, profile and variant, or a blank pair of CLOSED hosts. A `?sim=`
 * link restores a shared simulation; it is read on the client, so the page stays static.
 */
export function Playground() {
  const t = useTranslations('simulator.playground')
  const locale = useLocale() === 'zh' ? 'zh' : 'en'
  const id = useId()
  const search = useSyncExternalStore(subscribeLocation, () => window.location.search, () => '')
  const linked = useMemo(() => recordingFromSearch(search), [search])
  const [choice, setChoice] = useState<SimulatorSetup | null>(null)
  const setup = choice ?? (linked ? setupOfRecording(linked) : BLANK)
  const key = choice
    ? `choice:${setup.scenarioId ?? ''}:${setup.profile}:${setup.variant}:${setup.keepAliveTimes ? formatKeepAliveTimes(setup.keepAliveTimes) : ''}:${String(setup.delayedAckMs)}`
    : linked
      ? `link:${search}`
      : linked === null
        ? 'invalid'
        : 'blank'

  const choose = (next: SimulatorSetup) => {
    setChoice(next)
    if (window.location.search) window.history.replaceState(null, '', window.location.pathname)
  }
  // Own keep-alive times and delayed ACK stay when another scenario is picked: they are settings, like a sysctl.
  const withTimes = (next: SimulatorSetup, times: KeepAliveTimes | undefined): SimulatorSetup => {
    const { keepAliveTimes: _dropped, ...rest } = next
    return times ? { ...rest, keepAliveTimes: times } : rest
  }
  const withDelayedAck = (next: SimulatorSetup, ms: number | null | undefined): SimulatorSetup => {
    const { delayedAckMs: _dropped, ...rest } = next
    return ms !== undefined ? { ...rest, delayedAckMs: ms } : rest
  }
  const onScenario = (value: string) => {
    const scenario = value ? getScenario(value) : undefined
    const next = scenario ? { scenarioId: scenario.id, profile: scenario.profile, variant: scenario.variant } : { ...BLANK, profile: setup.profile }
    choose(withDelayedAck(withTimes(next, setup.keepAliveTimes), setup.delayedAckMs))
  }

  return (
    <div>
      <fieldset className="grid gap-3 rounded-lg border border-slate-300 p-3 sm:grid-cols-3 dark:border-slate-600">
        <legend className="px-1 text-sm font-semibold">{t('settings')}</legend>
        <label className="text-sm" htmlFor={`${id}-scenario`}>
          {t('scenario')}
          <select id={`${id}-scenario`} className={selectClass} value={setup.scenarioId ?? ''} onChange={(e) => onScenario(e.target.value)}>
            <option value="">{t('blank')}</option>
            {scenarioIds.map((sid) => (
              <option key={sid} value={sid}>
                {getScenario(sid)?.title[locale] ?? sid}
              </option>
            ))}
          </select>
        </label>
        <label className="text-sm" htmlFor={`${id}-profile`}>
          {t('profile')}
          <select id={`${id}-profile`} className={selectClass} value={setup.profile} onChange={(e) => choose({ ...setup, profile: e.target.value as ProfileId })}>
            {PROFILE_IDS.map((p) => (
              <option key={p} value={p}>
                {PROFILES[p].label[locale]}
              </option>
            ))}
          </select>
        </label>
        <label className="text-sm" htmlFor={`${id}-variant`}>
          {t('variant')}
          <select id={`${id}-variant`} className={selectClass} value={setup.variant} onChange={(e) => choose({ ...setup, variant: e.target.value as VariantId })}>
            {VARIANT_IDS.map((v) => (
              <option key={v} value={v}>
                {VARIANTS[v].label[locale]}
              </option>
            ))}
          </select>
        </label>
        <DelayedAckSetting ms={setup.delayedAckMs} onChange={(ms) => choose(withDelayedAck(setup, ms))} />
        <KeepAliveSettings times={setup.keepAliveTimes} onChange={(times) => choose(withTimes(setup, times))} />
      </fieldset>
      <SimulatorWidget
        key={key}
        scenarioId={setup.scenarioId}
        profile={setup.profile}
        variant={setup.variant}
        {...(setup.keepAliveTimes ? { keepAliveTimes: setup.keepAliveTimes } : {})}
        {...(setup.delayedAckMs !== undefined ? { delayedAckMs: setup.delayedAckMs } : {})}
        recording={choice ? undefined : linked}
      />
      <CompareSettings scenarioId={setup.scenarioId} />
      <OpenCapture />
    </div>
  )
}

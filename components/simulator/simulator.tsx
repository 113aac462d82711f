'use client'

import { useTranslations } from 'next-intl'
import { getScenario } from '@/lib/scenarios'
import { PROFILE_IDS, VARIANT_IDS, type ProfileId, type VariantId } from '@/lib/tcp'
import { parseKeepAliveTimes, type SimRecording } from '@/lib/sim'
import type { KeepAliveTimes } from '@/lib/tcp'
import { SimulatorStoreProvider } from './simulator-store-provider'
import { PANELS, SimulatorView, type Panel } from './simulator-view'

export type SimulatorProps = {
  /** A scenario id from lib/scenarios, e.g. "three-way-handshake". */
  scenario: string
  /** "rfc", "linux" or "textbook"; defaults to the scenario's own profile. */
  profile?: string
  /** A variant id; defaults to the scenario's own variant. */
  variant?: string
  /** Which panels to show, comma-separated: "diagram,states,tcb,table" (the default is all). */
  show?: string
  /** Start playing when the page opens (not when the reader prefers reduced motion). */
  autoplay?: boolean
  /**
   * Keep-alive times for every connection, "idle,interval,probes", e.g. "10s,5s,3" (RFC 9293
   * §3.8.4). The content check refuses a malformed value; here one is ignored.
   */
  keepalive?: string
  /**
   * Show the learner's own controls: each side's host actions (Listen, Connect, Send data, Close,
   * Abort, Crash, Reboot) and the export tools. Off by default, so a lesson's simulator shows its
   * story and Step first; the playground always shows them. Share is always there.
   */
  actions?: boolean
}

/** Pure. The panels named in a `show` prop, in display order; all of them when none is named. */
export function parsePanels(show: string | undefined): Set<Panel> {
  const named = (show ?? '')
    .split(/[\s,]+/)
    .filter((p): p is Panel => (PANELS as ReadonlyArray<string>).includes(p))
  return new Set(named.length > 0 ? named : PANELS)
}

/** A simulator as lessons embed it: `<Simulator scenario="three-way-handshake" />`. */
export function Simulator({ scenario: id, profile, variant, show, autoplay = false, keepalive, actions = false }: SimulatorProps) {
  const scenario = getScenario(id)
  if (!scenario) return <UnknownScenario id={id} />
  const times = keepalive === undefined ? null : parseKeepAliveTimes(keepalive)
  const init = {
    scenarioId: scenario.id,
    profile: (PROFILE_IDS as ReadonlyArray<string>).includes(profile ?? '') ? (profile as ProfileId) : scenario.profile,
    variant: (VARIANT_IDS as ReadonlyArray<string>).includes(variant ?? '') ? (variant as VariantId) : scenario.variant,
    ...(times?.ok ? { keepAliveTimes: times.times } : {}),
  }
  return (
    <SimulatorStoreProvider init={init}>
      <SimulatorView panels={parsePanels(show)} autoplay={autoplay} actions={actions} onLesson />
    </SimulatorStoreProvider>
  )
}

function UnknownScenario({ id }: { id: string }) {
  const t = useTranslations('simulator')
  return (
    <p role="alert" className="not-prose my-6 rounded-md border-2 border-red-600 p-3 text-sm">
      {t('unknownScenario', { id })}
    </p>
  )
}

/** A simulator set up in code (the playground): blank or a scenario, or restored from a link. */
export function SimulatorWidget({
  scenarioId,
  profile,
  variant,
  keepAliveTimes,
  delayedAckMs,
  recording,
  panels,
  actions = true,
  title,
}: {
  scenarioId: string | null
  profile: ProfileId
  variant: VariantId
  keepAliveTimes?: KeepAliveTimes
  /** Delayed-ACK time overriding the scenario's and profile's; null for ACK at once. */
  delayedAckMs?: number | null
  recording?: SimRecording | null
  panels?: ReadonlySet<Panel>
  /** Host actions and the export tools (see SimulatorProps.actions); on by default here. */
  actions?: boolean
  /** The widget's own title, so that two simulators on one page are told apart; by default the scenario's. */
  title?: string
}) {
  const init = {
    scenarioId,
    profile,
    variant,
    ...(keepAliveTimes ? { keepAliveTimes } : {}),
    ...(delayedAckMs !== undefined ? { delayedAckMs } : {}),
    ...(recording !== undefined ? { recording } : {}),
  }
  return (
    <SimulatorStoreProvider init={init}>
      <SimulatorView panels={panels ?? new Set(PANELS)} actions={actions} title={title} />
    </SimulatorStoreProvider>
  )
}

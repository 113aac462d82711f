/**
 * Share links: the whole simulation (scenario, profile, variant, seed and every action) as the
 * engine's recording in one search parameter of the playground's address. Pure.
 */
import { decodeRecording, encodeRecording, recordingOf, type SimRecording, type SimState } from '@/lib/sim'

/** The search parameter that carries a recording. */
export const SHARE_PARAM = 'sim'

/** Pure. The playground address that reproduces a simulation. */
export function shareUrl(origin: string, locale: string, sim: SimState, scenarioId: string | null): string {
  const recording = recordingOf(sim, scenarioId ?? undefined)
  return `${origin}/${locale}/playground/?${SHARE_PARAM}=${encodeRecording(recording)}`
}

/**
 * Pure. The recording in a search string: undefined when there is none, null when there is one
 * that cannot be read (a truncated or edited link).
 */
export function recordingFromSearch(search: string): SimRecording | null | undefined {
  const value = new URLSearchParams(search).get(SHARE_PARAM)
  if (value === null || value === '') return undefined
  return decodeRecording(value)
}

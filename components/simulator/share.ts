/**
 * Share links: the whole simulation (scenario, profile, variant, seed and every action) as the
 * engine's recording in one search parameter of the page it was made on. A lesson's link also
 * says which of the page's simulators it belongs to. Pure.
 */
import { decodeRecording, encodeRecording, recordingOf, type SimRecording, type SimState } from '@/lib/sim'

/** The search parameter that carries a recording. */
export const SHARE_PARAM = 'sim'
/** The search parameter that names the simulator on a lesson page, counted from 1 in page order. */
export const WIDGET_PARAM = 'at'

/**
 * Pure. The address that reproduces a simulation on `page` (origin and path, no search). `at` is
 * the simulator's place on a page that has several; the playground has one and leaves it out.
 */
export function shareUrl(page: string, sim: SimState, scenarioId: string | null, at?: number): string {
  const params = new URLSearchParams({ [SHARE_PARAM]: encodeRecording(recordingOf(sim, scenarioId ?? undefined)) })
  if (at !== undefined) params.set(WIDGET_PARAM, String(at))
  return `${page}?${params.toString()}`
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

/** Pure. Which simulator of a lesson page a link is for (1 = the first), or null when it names none. */
export function widgetFromSearch(search: string): number | null {
  const value = new URLSearchParams(search).get(WIDGET_PARAM)
  return value !== null && /^[1-9]\d{0,2}$/.test(value) ? Number(value) : null
}

import { expect, test } from 'vitest'
import { applyActions, createSimulation } from '@/lib/sim'
import { recordingFromSearch, shareUrl } from './share'
import { restoreFrames } from './driver'

test('a share link round-trips the simulation exactly', () => {
  const sim = applyActions(createSimulation({ profile: 'linux' }), [
    { type: 'listen', host: 'server' },
    { type: 'connect', host: 'client' },
    { type: 'fate_last', from: 'client', fate: 'drop' },
  ])
  const url = new URL(shareUrl('https://example.org', 'zh', sim, null))
  expect(url.pathname).toBe('/zh/playground/')
  const recording = recordingFromSearch(url.search)
  expect(recording).toMatchObject({ profile: 'linux', actions: sim.actions })
  const restored = restoreFrames(recording!)!
  expect(restored.frames[restored.frames.length - 1]!.sim).toEqual(sim)
})

test('no parameter means no recording; a damaged one is reported as unreadable', () => {
  expect(recordingFromSearch('')).toBeUndefined()
  expect(recordingFromSearch('?sim=not-base64!!')).toBeNull()
  expect(recordingFromSearch('?sim=eyJmb28iOjF9')).toBeNull()
})

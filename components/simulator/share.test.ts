import { expect, test } from 'vitest'
import { applyActions, createSimulation } from '@/lib/sim'
import { recordingFromSearch, shareUrl, widgetFromSearch } from './share'
import { restoreFrames } from './driver'

test('a share link round-trips the simulation exactly', () => {
  const sim = applyActions(createSimulation({ profile: 'linux' }), [
    { type: 'listen', host: 'server' },
    { type: 'connect', host: 'client' },
    { type: 'fate_last', from: 'client', fate: 'drop' },
  ])
  const url = new URL(shareUrl('https://example.org/zh/playground/', sim, null))
  expect(url.pathname).toBe('/zh/playground/')
  expect(widgetFromSearch(url.search)).toBeNull()
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

test('a lesson link names its simulator and stays on the lesson', () => {
  const sim = applyActions(createSimulation({ profile: 'rfc' }), [{ type: 'listen', host: 'server' }])
  const url = new URL(shareUrl('https://example.org/en/lessons/three-way-handshake/', sim, 'three-way-handshake', 3))
  expect(url.pathname).toBe('/en/lessons/three-way-handshake/')
  expect(widgetFromSearch(url.search)).toBe(3)
  expect(recordingFromSearch(url.search)).toMatchObject({ scenario: 'three-way-handshake', actions: sim.actions })
})

test('a widget number that is not a small positive whole number names no simulator', () => {
  for (const bad of ['?at=0', '?at=-1', '?at=1.5', '?at=x', '?at=', '?at=99999']) expect(widgetFromSearch(bad)).toBeNull()
})

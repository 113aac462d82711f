import { createTranslator } from 'use-intl/core'
import { expect, test } from 'vitest'
import { applyAction, applyActions, createSimulation } from '@/lib/sim'
import en from '@/i18n/messages/en/simulator.json'
import zh from '@/i18n/messages/zh/simulator.json'
import { describeSince, MAX_TOLD, tellSince, traceToText } from './describe'
import { formatDuration, splitLabel, type Translate } from './format'

const tEn = createTranslator({ locale: 'en', messages: { simulator: en }, namespace: 'simulator' }) as unknown as Translate
const tZh = createTranslator({ locale: 'zh', messages: { simulator: zh }, namespace: 'simulator' }) as unknown as Translate

const handshake = applyActions(createSimulation(), [
  { type: 'listen', host: 'server' },
  { type: 'connect', host: 'client' },
  { type: 'step' },
])

test('a handshake reads as sentences in English', () => {
  const words = describeSince(handshake.trace, 0, tEn)
  expect(words).toContain('Client sends SYN, seq 100')
  expect(words).toContain('Server: LISTEN → SYN-RECEIVED')
  expect(words).toContain('Server sends SYN,ACK, seq 300, ack 101')
  expect(words).toContain('Server receives segment 1 (SYN)')
  expect(words).toContain('Client starts the retransmission timer (1 s)')
})

test('the same events read as sentences in Chinese', () => {
  const words = describeSince(handshake.trace, 0, tZh)
  expect(words).toContain('客户端发送报文段 SYN，序号 100')
  expect(words).toContain('服务器：LISTEN → SYN-RECEIVED')
})

test('a step with a few events is told in full', () => {
  const before = applyActions(createSimulation(), [{ type: 'listen', host: 'server' }, { type: 'connect', host: 'client' }])
  const after = applyAction(before, { type: 'step' })
  const words = describeSince(after.trace, before.trace.length, tEn)
  expect(words.length).toBeGreaterThan(1)
  expect(words.length).toBeLessThanOrEqual(MAX_TOLD)
  expect(tellSince(after.trace, before.trace.length, tEn)).toBe(words.join('. '))
  expect(tellSince(after.trace, before.trace.length, tZh)).toBe(describeSince(after.trace, before.trace.length, tZh).join('。'))
})

test('a step that sends a whole window tells the first events and counts the rest', () => {
  let sim = applyActions(createSimulation(), [{ type: 'listen', host: 'server' }, { type: 'connect', host: 'client' }])
  while (sim.hosts.client.tcb?.state !== 'ESTABLISHED') sim = applyAction(sim, { type: 'step' })
  const before = applyAction(sim, { type: 'send', host: 'client', bytes: 60_000 })
  const words = describeSince(before.trace, sim.trace.length, tEn)
  expect(words.length).toBeGreaterThan(MAX_TOLD)
  const told = tellSince(before.trace, sim.trace.length, tEn)
  expect(told).toBe([...words.slice(0, MAX_TOLD - 1), `${words.length - MAX_TOLD + 1} more events in this step`].join('. '))
  const wordsZh = describeSince(before.trace, sim.trace.length, tZh)
  expect(tellSince(before.trace, sim.trace.length, tZh)).toBe([...wordsZh.slice(0, MAX_TOLD - 1), `本步另有 ${words.length - MAX_TOLD + 1} 个事件`].join('。'))
  expect(tellSince(before.trace, sim.trace.length, tEn, undefined, 3)).toBe([...words.slice(0, 2), `${words.length - 2} more events in this step`].join('. '))
})

test('counting the events a step does not tell puts none of them into words', () => {
  let sim = applyActions(createSimulation(), [{ type: 'listen', host: 'server' }, { type: 'connect', host: 'client' }])
  while (sim.hosts.client.tcb?.state !== 'ESTABLISHED') sim = applyAction(sim, { type: 'step' })
  const before = applyAction(sim, { type: 'send', host: 'client', bytes: 60_000 })
  expect(before.trace.length - sim.trace.length).toBeGreaterThan(30)
  // Each event's sentence is one message whose key ends in its kind; the parts inside it (host
  // names, segment words, durations) are other keys.
  const sentenceKeys = /^events\.(sent|stale|retransmitted|probe|delivered|dropped\w*|duplicated|heldBack|delayedUntil|stateChange|timer\w+|userCall|userSignal|dataDelivered|crash|reboot)$/
  const sentences: string[] = []
  const counting: Translate = (key, values) => {
    if (sentenceKeys.test(key)) sentences.push(key)
    return tEn(key, values)
  }
  tellSince(before.trace, sim.trace.length, counting)
  expect(sentences).toHaveLength(MAX_TOLD - 1)
})

test('only the entries since the given index are described', () => {
  const before = createSimulation()
  const after = applyActions(before, [{ type: 'listen', host: 'server' }])
  expect(describeSince(after.trace, before.trace.length, tEn)).toEqual([
    'Server application calls Listen (passive OPEN)',
    'Server: CLOSED → LISTEN',
  ])
})

test('a lost segment says so', () => {
  const sim = applyActions(handshake, [{ type: 'fate_last', from: 'server', fate: 'drop' }])
  expect(describeSince(sim.trace, handshake.trace.length, tEn)).toEqual(['Segment 2 (SYN,ACK) is lost'])
})

test('durations are written in the largest sensible units', () => {
  expect(formatDuration(100, tEn)).toBe('100 ms')
  expect(formatDuration(1500, tEn)).toBe('1.5 s')
  expect(formatDuration(240_000, tEn)).toBe('4 min')
  expect(formatDuration(7_875_000, tEn)).toBe('2 h 11 min 15 s')
  expect(formatDuration(7_200_000, tZh)).toBe('2 小时')
})

test('segment labels split into two lines at a readable point', () => {
  expect(splitLabel('<SEQ=300><ACK=101><CTL=SYN,ACK>', 'rfc')).toEqual(['<SEQ=300><ACK=101>', '<CTL=SYN,ACK>'])
  expect(splitLabel('SYN=1, ACK=1, seq=300, ack=101', 'textbook')).toEqual(['SYN=1, ACK=1,', 'seq=300, ack=101'])
  expect(splitLabel('<SEQ=101>', 'rfc')).toEqual(['<SEQ=101>', ''])
})

test('the text export has one timed line per event', () => {
  const text = traceToText(handshake.trace, tEn, ['TCP simulation trace'])
  const lines = text.trim().split('\n')
  expect(lines[0]).toBe('TCP simulation trace')
  expect(lines[1]).toMatch(/^\s+0\.000 {2}Server application calls Listen/)
  expect(lines.some((line) => /0\.100 {2}Server receives segment 1 \(SYN\) {2}\[listen-syn\]$/.test(line))).toBe(true)
  expect(lines.some((line) => /Server TCB: ISS 0 → 300, .*SND\.NXT 0 → 301.* {2}\[listen-syn\]$/.test(line))).toBe(true)
})


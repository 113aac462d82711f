import { expect, test } from 'vitest'
import { controlBits, createSegment, flagNames, formatRfc, formatTextbook, parseRfc, segLen } from './segment'

test('SYN,ACK in both notations', () => {
  const s = createSegment({ seq: 300, ack: 101, flags: { syn: true, ack: true } })
  expect(formatRfc(s)).toBe('<SEQ=300><ACK=101><CTL=SYN,ACK>')
  expect(formatTextbook(s)).toBe('SYN=1, ACK=1, seq=300, ack=101')
})

test('a bare SYN shows no ack field', () => {
  const s = createSegment({ seq: 100, flags: { syn: true } })
  expect(formatRfc(s)).toBe('<SEQ=100><CTL=SYN>')
  expect(formatTextbook(s)).toBe('SYN=1, seq=100')
})

test('SYN and FIN each count one in SEG.LEN, data counts its octets', () => {
  expect(segLen(createSegment({ seq: 1, flags: { syn: true } }))).toBe(1)
  expect(segLen(createSegment({ seq: 1, flags: { fin: true, ack: true }, len: 10 }))).toBe(11)
  expect(segLen(createSegment({ seq: 1, flags: { ack: true } }))).toBe(0)
})

test('parseRfc reads what formatRfc writes and rejects other text', () => {
  const s = createSegment({ seq: 301, ack: 102, flags: { fin: true, ack: true }, len: 5 })
  expect(parseRfc(formatRfc(s))).toEqual(s)
  expect(parseRfc('<SEQ=100><DATA=10><CTL=ACK>')?.len).toBe(10)
  expect(parseRfc('SYN=1, seq=100')).toBeNull()
  expect(parseRfc('<SEQ=x><CTL=SYN>')).toBeNull()
})

test('PSH shows in both notations and reads back, but stays out of the oracle form', () => {
  const data = createSegment({ seq: 101, ack: 301, flags: { ack: true, psh: true }, len: 100 })
  expect(formatRfc(data)).toBe('<SEQ=101><ACK=301><DATA=100><CTL=PSH,ACK>')
  expect(formatTextbook(data)).toBe('PSH=1, ACK=1, seq=101, ack=301, len=100')
  expect(flagNames(data.flags)).toBe('ACK')
  expect(parseRfc(formatRfc(data))?.flags).toEqual(data.flags)
  expect(controlBits(createSegment({ seq: 1, flags: { fin: true, ack: true, psh: true }, len: 5 }).flags)).toBe('FIN,PSH,ACK')
})

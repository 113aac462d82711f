import { expect, test } from 'vitest'
import { createSegment, formatRfc, formatTextbook, parseRfc, segLen } from './segment'

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

import { expect, test } from 'vitest'
import { normalizeFlags, parseTcbValues, toTcpState } from './index'

test('flag sets compare unordered and PSH is optional', () => {
  expect(normalizeFlags('ACK,RST')).toBe(normalizeFlags('RST,ACK'))
  expect(normalizeFlags('PSH,ACK')).toBe('ACK')
  expect(normalizeFlags(null)).toBe('')
})

test('state names in other spellings and a state with TCB text in "initial" are understood', () => {
  expect(toTcpState('SYN_RECV')).toBe('SYN-RECEIVED')
  expect(toTcpState('FIN WAIT-1')).toBe('FIN-WAIT-1')
  expect(toTcpState('estab')).toBe('ESTABLISHED')
  expect(parseTcbValues('A: SND.UNA=SND.NXT=101, RCV.NXT 301, ISS 100')).toEqual({ 'SND.UNA': 101, 'SND.NXT': 101, 'RCV.NXT': 301, ISS: 100 })
})

import { expect, test } from 'vitest'
import { runConformance } from './index'

test('a vector variant changes the synthesized segment of every rcv_* event', () => {
  const vectors = [
    { id: 'fin', state: 'ESTABLISHED', event: 'rcv_fin', variant: 'unacceptable_ack', expect_state: 'ESTABLISHED', expect_send: 'ACK' },
    { id: 'finack', state: 'FIN-WAIT-1', event: 'rcv_finack', variant: 'unacceptable_ack', expect_state: 'FIN-WAIT-1', expect_send: 'ACK' },
    { id: 'finack.old', state: 'FIN-WAIT-1', event: 'rcv_finack', variant: 'out_of_window_seq', expect_state: 'FIN-WAIT-1', expect_send: 'ACK' },
    { id: 'data.far', state: 'CLOSE-WAIT', event: 'rcv_data', variant: 'out_of_window', expect_state: 'CLOSE-WAIT', expect_send: 'ACK' },
    { id: 'finack.noack', state: 'FIN-WAIT-1', event: 'rcv_finack', variant: 'no_ack_bit', expect_state: 'FIN-WAIT-1', expect_send: null },
    { id: 'synack.sr', state: 'SYN-RECEIVED', origin: 'passive', event: 'rcv_data', variant: 'unacceptable_ack', expect_state: 'SYN-RECEIVED', expect_send: 'RST' },
    // no `variant` field: taken from the id, and the origin from ".active."
    { id: 'syn_received.active.rcv_ack.unacceptable_ack', state: 'SYN-RECEIVED', event: 'rcv_ack', expect_state: 'SYN-RECEIVED', expect_send: 'RST' },
  ]
  const report = runConformance({ vectors })
  expect(report.results.filter((r) => !r.pass)).toEqual([])
})

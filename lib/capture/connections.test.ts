import { expect, test } from 'vitest'
import { ethernet, ipv4Tcp, pcapFile } from './capture.testkit'
import { formatEndpoint, groupConnections } from './connections'
import { readCapture } from './read'

test('segments are grouped by 4-tuple in the order of first packets; the SYN sender is the client', () => {
  const seg = (sport: number, dport: number, flags: string, src = '10.0.0.1', dst = '10.0.0.2') => ethernet(ipv4Tcp({ src, dst, sport, dport, seq: 1, flags }))
  const file = pcapFile(1, [
    seg(80, 6000, '.', '10.0.0.2', '10.0.0.1'), // a connection seen mid-way: the first sender is the client
    seg(5000, 80, 'S'),
    seg(80, 5000, 'S.', '10.0.0.2', '10.0.0.1'),
    seg(6000, 80, '.'),
  ].map((frame, i) => ({ timeUs: i * 1000, frame })))
  const r = readCapture(file)
  if (!r.ok) throw new Error(r.error)
  const list = groupConnections(r.value)
  expect(list.map((c) => `#${c.number} ${formatEndpoint(c.client)} > ${formatEndpoint(c.server)} ${c.segments.map((s) => s.from).join(',')}`)).toEqual([
    '#1 10.0.0.2:80 > 10.0.0.1:6000 client,server',
    '#2 10.0.0.1:5000 > 10.0.0.2:80 client,server',
  ])
  expect(formatEndpoint({ address: '::1', port: 80 })).toBe('[::1]:80')
})

/**
 * Property tests: no bytes make the capture reader throw, hang or allocate by what a length field
 * claims; it answers with packets or with its own one-line error.
 */
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { concat, pcapngFromPcap } from './capture.testkit'
import { importConnection } from './cli'
import type { CaptureResult } from './errors'
import { readCapture } from './read'

const SEED = 20261204
const DIR = path.join(import.meta.dirname, '../../test-tools/captures')
const PCAPS = readdirSync(DIR)
  .filter((f) => /\.pcap(ng)?$/.test(f))
  .map((f) => new Uint8Array(readFileSync(path.join(DIR, f))))
const FIXTURES = [...PCAPS, ...PCAPS.slice(0, 2).flatMap((p) => [pcapngFromPcap(p, { little: true, nano: false }), pcapngFromPcap(p, { little: false, nano: true, simple: true })])]

/** The reader's answer: packets, or one line of text. */
function expectWellFormed<T>(read: () => CaptureResult<T>): void {
  const r = read()
  if (!r.ok) {
    expect(r.error).toMatch(/^\S/)
    expect(r.error).not.toContain('\n')
  }
}

/** A little-endian pcapng block: type, total length (or the one it claims), body padded to 4, total length. */
function pcapngBlock(type: number, body: Uint8Array, claimed?: number): Uint8Array {
  const padded = Math.ceil(body.length / 4) * 4
  const out = new Uint8Array(12 + padded)
  const view = new DataView(out.buffer)
  const length = claimed ?? out.length
  view.setUint32(0, type, true)
  view.setUint32(4, length, true)
  out.set(body, 8)
  view.setUint32(out.length - 4, length, true)
  return out
}

type Damage = { kind: 'flip' | 'set' | 'cut'; at: number; value: number }
const damage: fc.Arbitrary<Damage> = fc.record({ kind: fc.constantFrom('flip' as const, 'set' as const, 'cut' as const), at: fc.nat(), value: fc.integer({ min: 0, max: 255 }) })

/** A copy of a fixture with a few bytes flipped or set (often to 0xff, as in a huge length), or cut short. */
function damaged(fixture: Uint8Array, changes: readonly Damage[]): Uint8Array {
  let bytes = fixture.slice()
  for (const c of changes) {
    if (bytes.length === 0) break
    const at = c.at % bytes.length
    if (c.kind === 'cut') bytes = bytes.slice(0, at)
    else bytes[at] = c.kind === 'flip' ? bytes[at]! ^ (1 << c.value % 8) : c.value > 127 ? 0xff : c.value
  }
  return bytes
}

describe('capture reader (property)', () => {
  it('answers arbitrary bytes, with or without a capture header, with packets or one line', () => {
    const headers = fc.constantFrom(Uint8Array.of(), Uint8Array.of(0xd4, 0xc3, 0xb2, 0xa1), Uint8Array.of(0xa1, 0xb2, 0xc3, 0xd4), Uint8Array.of(0x0a, 0x0d, 0x0d, 0x0a))
    fc.assert(
      fc.property(headers, fc.uint8Array({ maxLength: 300 }), (head, body) => {
        const bytes = new Uint8Array(head.length + body.length)
        bytes.set(head)
        bytes.set(body, head.length)
        expectWellFormed(() => readCapture(bytes))
      }),
      { seed: SEED, numRuns: 400 },
    )
  })

  it('answers pcapng files of arbitrary blocks, whatever lengths they claim, with packets or one line', () => {
    const block = fc.record({
      type: fc.constantFrom(1, 1, 6, 6, 3, 5, 0x0a0d0d0a),
      body: fc.oneof(fc.constant(Uint8Array.of()), fc.uint8Array({ maxLength: 8 }), fc.uint8Array({ maxLength: 40 })),
      claimed: fc.option(fc.constantFrom(0, 12, 16, 20, 24, 28, 32, 0xfffffffc), { nil: undefined }),
    })
    fc.assert(
      fc.property(fc.array(block, { maxLength: 6 }), fc.oneof({ arbitrary: fc.constant(0), weight: 3 }, { arbitrary: fc.nat(7), weight: 1 }), (blocks, cut) => {
        const parts = [pcapngBlock(0x0a0d0d0a, Uint8Array.of(0x4d, 0x3c, 0x2b, 0x1a, 1, 0, 0, 0, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff))]
        for (const b of blocks) parts.push(pcapngBlock(b.type, b.body, b.claimed))
        const bytes = concat(parts)
        expectWellFormed(() => readCapture(bytes.subarray(0, bytes.length - cut)))
      }),
      { seed: SEED, numRuns: 400 },
    )
  })

  it('answers damaged and truncated recordings with packets or one line', () => {
    fc.assert(
      fc.property(fc.constantFrom(...FIXTURES), fc.array(damage, { minLength: 1, maxLength: 6 }), (fixture, changes) => {
        expectWellFormed(() => readCapture(damaged(fixture, changes)))
      }),
      { seed: SEED, numRuns: 400 },
    )
  })

  it('imports damaged recordings as a scenario or one line', () => {
    fc.assert(
      fc.property(fc.constantFrom(...PCAPS), fc.array(damage, { minLength: 1, maxLength: 3 }), (fixture, changes) => {
        const r = importConnection('damaged.pcap', damaged(fixture, changes), 1)
        if (typeof r === 'string') expect(r).not.toContain('\n')
        else expect(r.imported.text).toMatch(/^# Imported from damaged\.pcap/)
      }),
      { seed: SEED, numRuns: 60 },
    )
  })
})

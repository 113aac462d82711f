import { expect, test } from 'vitest'
import { SEQ_MODULUS, seqAdd, seqBetween, seqDiff, seqGeq, seqGt, seqInWindow, seqLeq, seqLt, toSeq } from './seq'

const MAX = SEQ_MODULUS - 1

test('seqAdd wraps modulo 2^32', () => {
  expect(seqAdd(MAX, 1)).toBe(0)
  expect(seqAdd(MAX, 2)).toBe(1)
  expect(seqAdd(0, -1)).toBe(MAX)
  expect(seqAdd(100, 1)).toBe(101)
})

test('comparisons are wrap-safe at 2^32', () => {
  expect(seqLt(MAX, 0)).toBe(true)
  expect(seqGt(0, MAX)).toBe(true)
  expect(seqLeq(MAX, MAX)).toBe(true)
  expect(seqGeq(5, MAX - 5)).toBe(true)
  expect(seqLt(100, 101)).toBe(true)
  expect(seqLt(101, 100)).toBe(false)
  expect(seqDiff(3, MAX)).toBe(4)
  expect(toSeq(-1)).toBe(MAX)
})

test('window and acceptable-ACK tests straddle the wrap', () => {
  expect(seqInWindow(2, MAX - 10, 20)).toBe(true)
  expect(seqInWindow(20, MAX - 10, 20)).toBe(false)
  expect(seqBetween(MAX, 0, 1)).toBe(true)
  expect(seqBetween(MAX, MAX, 1)).toBe(false)
})

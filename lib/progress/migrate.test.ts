import { describe, expect, it } from 'vitest'
import { migrate, repairProgress } from './migrate'
import { emptyProgress } from './model'
import { progressStateSchema } from './schemas'
// A version 1 store as the first release persisted it.
import V1_FIXTURE from './fixtures/v1.json'

describe('migrate', () => {
  it('migrates the version 1 fixture', () => {
    const r = migrate(V1_FIXTURE, 1)
    expect(r.ok).toBe(true)
    if (!r.ok) return
    const s = r.state
    expect(s.quizResults['handshake-first']).toEqual({
      attempts: 1,
      lastCorrect: true,
      lastAnsweredAt: Date.parse('2025-01-10T08:00:00.000Z'),
      correctEver: true,
    })
    expect(s.cardStates['handshake/syn']).toMatchObject({
      due: Date.parse('2025-01-13T08:10:00.000Z'),
      phase: 'review',
      reps: 2,
      learningSteps: 0,
      lastReview: Date.parse('2025-01-11T08:10:00.000Z'),
    })
    expect(s.cardStates['handshake/ack']).toMatchObject({ phase: 'new', lastReview: null })
    // the missed quiz joins the review queue
    expect(s.cardStates['quiz/close-order']).toMatchObject({ phase: 'new', due: Date.parse('2025-01-11T09:30:00.000Z') })
    expect(s.cardStates['quiz/handshake-first']).toBeUndefined()
    expect(s.lessonsCompleted).toEqual({ handshake: { completedAt: Date.parse('2025-01-10T08:30:00.000Z') } })
    expect(s.examHistory).toEqual([])
    expect(s.activity).toEqual(
      ['2025-01-10T08:00:00.000Z', '2025-01-10T08:30:00.000Z', '2025-01-11T08:10:00.000Z', '2025-01-11T09:30:00.000Z'].map(Date.parse),
    )
    expect(progressStateSchema.safeParse(s).success).toBe(true)
  })

  it('passes valid current data through', () => {
    expect(migrate(emptyProgress(), 2)).toEqual({ ok: true, state: emptyProgress() })
  })

  it('refuses newer and unknown versions', () => {
    expect(migrate(emptyProgress(), 3)).toEqual({ ok: false, reason: 'newerVersion' })
    expect(migrate(emptyProgress(), 0)).toEqual({ ok: false, reason: 'unknownVersion' })
  })

  it('refuses invalid data with paths', () => {
    const r = migrate({ ...V1_FIXTURE, lessonsCompleted: { handshake: 'yesterday' } }, 1)
    expect(r).toEqual({ ok: false, reason: 'invalid', issues: [{ path: 'lessonsCompleted.handshake', message: 'must be an ISO date' }] })
    const r2 = migrate('garbage', 2)
    expect(r2.ok).toBe(false)
  })
})

describe('repairProgress', () => {
  it('keeps valid entries and counts the dropped ones', () => {
    const good = { attempts: 1, lastCorrect: true, lastAnsweredAt: 1, correctEver: true }
    const r = repairProgress({
      quizResults: { a: good, b: { attempts: 'x' } },
      cardStates: 'oops',
      lessonsCompleted: { l: { completedAt: 5 } },
      examHistory: [{ at: 1, seed: 1, score: 1, total: 1, perTopic: {} }, null],
      activity: [3, 'x', 1],
    })
    expect(r).toEqual({
      state: {
        quizResults: { a: good },
        cardStates: {},
        lessonsCompleted: { l: { completedAt: 5 } },
        examHistory: [{ at: 1, seed: 1, score: 1, total: 1, perTopic: {} }],
        activity: [1, 3],
        misconceptions: {},
      },
      dropped: 4,
    })
    expect(repairProgress(42)).toBeUndefined()
  })
})

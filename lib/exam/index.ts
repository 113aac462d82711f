/**
 * Mock exam: seeded question selection, time limit as data, and scoring
 * per topic.
 *
 * @module
 */
import { mulberry32, shuffle } from '@/lib/random'
import type { Millis } from '@/lib/flashcards/schedule'
import type { ExamRecord, TopicScore } from '@/lib/progress/model'

/**
 * A question available to the exam. `Q` is whatever the UI needs to render
 * it (typically the quiz definition).
 */
export interface PoolQuestion<Q = unknown> {
  /** Stable quiz id. */
  readonly quizId: string
  /** Lesson slug the question comes from (scores are per topic; wrong answers link there). */
  readonly topic: string
  readonly quiz: Q
}

/** Options for {@link buildExam}. */
export interface ExamOptions {
  /** Same seed, same pool: same exam. */
  readonly seed: number
  /** How many questions (fewer if the pool is smaller). */
  readonly count: number
  /**
   * At least this many questions per topic while `count` allows
   * (default 1, so every lesson is represented when possible).
   */
  readonly perTopicMin?: number
  /** Epoch ms when the exam starts. */
  readonly startedAt: Millis
  /** Time limit in ms. */
  readonly durationMs: number
}

/** A drawn exam: plain data, safe to keep in state or storage. */
export interface Exam<Q = unknown> {
  readonly seed: number
  readonly startedAt: Millis
  readonly durationMs: number
  /** In the order to ask them. */
  readonly questions: readonly PoolQuestion<Q>[]
}

/**
 * Draws an exam from the pool with a seeded shuffle. Duplicate quiz ids in
 * the pool are ignored after the first. Each topic first gets up to
 * `perTopicMin` questions (topics taken in a seeded order, one round at a
 * time, so that if `count` is too small for every topic the topics served
 * are random); the rest is drawn from all remaining questions; the final
 * order is shuffled.
 */
export function buildExam<Q>(pool: readonly PoolQuestion<Q>[], options: ExamOptions): Exam<Q> {
  const rng = mulberry32(options.seed)
  const count = Math.max(0, Math.floor(options.count))
  const perTopicMin = Math.max(0, Math.floor(options.perTopicMin ?? 1))

  const byTopic = new Map<string, PoolQuestion<Q>[]>()
  const seen = new Set<string>()
  for (const q of pool) {
    if (seen.has(q.quizId)) continue
    seen.add(q.quizId)
    const list = byTopic.get(q.topic) ?? []
    list.push(q)
    byTopic.set(q.topic, list)
  }
  const topics = shuffle([...byTopic.keys()].sort(), rng)
  const queues = new Map(topics.map((t) => [t, shuffle(byTopic.get(t) ?? [], rng)]))

  const chosen: PoolQuestion<Q>[] = []
  for (let round = 0; round < perTopicMin && chosen.length < count; round++) {
    for (const t of topics) {
      if (chosen.length >= count) break
      const q = queues.get(t)?.shift()
      if (q) chosen.push(q)
    }
  }
  const rest = shuffle(
    topics.flatMap((t) => queues.get(t) ?? []),
    rng,
  )
  chosen.push(...rest.slice(0, Math.max(0, count - chosen.length)))

  return {
    seed: options.seed,
    startedAt: options.startedAt,
    durationMs: options.durationMs,
    questions: shuffle(chosen, rng),
  }
}

/** When the time runs out (epoch ms). */
export function endsAt(exam: Pick<Exam, 'startedAt' | 'durationMs'>): Millis {
  return exam.startedAt + exam.durationMs
}

/** Time left, never negative. */
export function remainingMs(exam: Pick<Exam, 'startedAt' | 'durationMs'>, now: Millis): number {
  return Math.max(0, endsAt(exam) - now)
}

/** Whether the time limit has passed (at the deadline exactly, it has). */
export function isExpired(exam: Pick<Exam, 'startedAt' | 'durationMs'>, now: Millis): boolean {
  return now >= endsAt(exam)
}

/** A question answered wrong (or not at all), with the lesson to link back to. */
export interface WrongAnswer {
  readonly quizId: string
  /** Lesson slug. */
  readonly topic: string
  /** `false` if the question was left unanswered. */
  readonly answered: boolean
}

/** Result of {@link scoreExam}. */
export interface ExamScore {
  readonly score: number
  readonly total: number
  /** Keyed by lesson slug, in order of first appearance in the exam. */
  readonly perTopic: Record<string, TopicScore>
  /** In exam order. */
  readonly wrong: readonly WrongAnswer[]
}

/**
 * Scores an exam. `answers` maps quiz id to whether it was answered right
 * (grade each question with lib/quiz first); a missing entry counts as
 * unanswered, hence wrong.
 */
export function scoreExam(
  questions: readonly Pick<PoolQuestion, 'quizId' | 'topic'>[],
  answers: Readonly<Record<string, boolean | undefined>>,
): ExamScore {
  const perTopic: Record<string, TopicScore> = {}
  const wrong: WrongAnswer[] = []
  let score = 0
  for (const q of questions) {
    const a = answers[q.quizId]
    const t = perTopic[q.topic] ?? { correct: 0, total: 0 }
    const right = a === true
    perTopic[q.topic] = { correct: t.correct + (right ? 1 : 0), total: t.total + 1 }
    if (right) score++
    else wrong.push({ quizId: q.quizId, topic: q.topic, answered: a !== undefined })
  }
  return { score, total: questions.length, perTopic, wrong }
}

/** The record to store in progress history (`recordExam`). */
export function examRecord(exam: Pick<Exam, 'seed'>, result: ExamScore, finishedAt: Millis): ExamRecord {
  return { at: finishedAt, seed: exam.seed, score: result.score, total: result.total, perTopic: result.perTopic }
}

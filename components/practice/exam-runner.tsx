'use client'

import { useLocale, useTranslations } from 'next-intl'
import { useEffect, useId, useRef, useState } from 'react'
import { buildExam, examRecord, remainingMs, scoreExam, type Exam, type ExamScore, type PoolQuestion } from '@/lib/exam'
import type { MisconceptionId } from '@/lib/misconceptions/catalog'
import type { Problem } from '@/lib/problems/types'
import { Link } from '@/i18n/navigation'
import { useProgressStore } from '@/components/progress/progress-store'
import { useNow, useProgressHydrated } from '@/components/progress/use-progress'
import type { ComputedProblemCard as ComputedProblemCardType } from './computed-problem-card'
import { loadProblems } from './lazy-modules'
import { MisconceptionNotes } from './misconception-notes'
import type { QuizCard as QuizCardType } from './quiz-card'
import type { PooledQuiz, QuizData } from './quiz-data'
import { buttonPrimary, buttonSecondary, focusAfterRender, Mark } from './ui'

/** The question widgets and the engine behind computed problems: loaded when the exam starts. */
type ExamParts = {
  generateProblems: (seed: number, count: number) => Problem[]
  QuizCard: typeof QuizCardType
  ComputedProblemCard: typeof ComputedProblemCardType
}

async function loadExamParts(): Promise<ExamParts> {
  const [problems, quiz, problem] = await Promise.all([loadProblems(), import('./quiz-card'), import('./computed-problem-card')])
  return { generateProblems: problems.generateProblems, QuizCard: quiz.QuizCard, ComputedProblemCard: problem.ComputedProblemCard }
}

/** Time allowed per question. */
const MS_PER_QUESTION = 90_000
const LENGTHS = [5, 10, 20] as const
/** Computed problems drawn into each exam's pool: one of every type. */
const COMPUTED_IN_POOL = 6
/** The exam topic of computed problems (scored beside the lessons). */
const COMPUTED_TOPIC = 'computed-problems'

/** A question of the exam: a lesson's quiz, or a computed problem made for this exam. */
type ExamItem = { kind: 'lesson'; quiz: QuizData } | { kind: 'computed'; problem: Problem }
type Misconceptions = Record<string, MisconceptionId[]>
type Running = { exam: Exam<ExamItem>; parts: ExamParts; index: number; answers: Record<string, boolean>; misconceptions: Misconceptions }
type Finished = { exam: Exam<ExamItem>; result: ExamScore; finishedAt: number; timedOut: boolean; misconceptions: Misconceptions }

/** The exam's pool: every lesson quiz plus fresh computed problems from the exam's seed. */
function examPool(
  pool: readonly PooledQuiz[],
  seed: number,
  generateProblems: (seed: number, count: number) => Problem[],
): PoolQuestion<ExamItem>[] {
  const lessons = pool.map((q) => ({ quizId: q.quizId, topic: q.topic, quiz: { kind: 'lesson', quiz: q.quiz } as ExamItem }))
  const computed = generateProblems(seed, COMPUTED_IN_POOL).map((problem, i) => ({
    quizId: `computed-${i}`,
    topic: COMPUTED_TOPIC,
    quiz: { kind: 'computed', problem } as ExamItem,
  }))
  return [...lessons, ...computed]
}

function formatClock(ms: number): string {
  const s = Math.ceil(ms / 1000)
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`
}

/**
 * The mock exam: questions drawn from every lesson with a seeded shuffle, a time limit, and a
 * score per topic with links back to the lessons of the wrong answers.
 */
export function ExamRunner({ pool }: { pool: readonly PooledQuiz[] }) {
  const t = useTranslations('practice.exam')
  const tc = useTranslations('practice.computed')
  const locale = useLocale() === 'zh' ? 'zh' : 'en'
  const noteMisconceptions = useProgressStore((s) => s.noteMisconceptions)
  const hydrated = useProgressHydrated()
  const addExam = useProgressStore((s) => s.addExam)
  const answerQuiz = useProgressStore((s) => s.answerQuiz)
  const [length, setLength] = useState<number>(Math.min(10, pool.length))
  const [running, setRunning] = useState<Running | null>(null)
  const [finished, setFinished] = useState<Finished | null>(null)
  const now = useNow()
  const headingRef = useRef<HTMLHeadingElement>(null)
  // Focus follows the exam: to the question when it appears, to Next once it is answered, so that
  // pressing Enter twice never skips a question unanswered.
  const questionRef = useRef<HTMLDivElement>(null)
  const nextRef = useRef<HTMLButtonElement>(null)
  const focusQuestion = () => focusAfterRender(() => questionRef.current)
  const focusNext = () => focusAfterRender(() => nextRef.current)
  const lengthId = useId()
  const titleOf = new Map(pool.map((q) => [q.topic, q.topicTitle]))
  const topicCount = titleOf.size
  titleOf.set(COMPUTED_TOPIC, tc('topic'))

  const start = async () => {
    // The time limit counts from the click, so loading the exam's code never adds time.
    const startedAt = Date.now()
    const parts = await loadExamParts()
    const count = Math.min(length, pool.length)
    const seed = startedAt >>> 0
    const exam = buildExam(examPool(pool, seed, parts.generateProblems), { seed, count, startedAt, durationMs: count * MS_PER_QUESTION })
    setFinished(null)
    setRunning({ exam, parts, index: 0, answers: {}, misconceptions: {} })
    focusQuestion()
  }

  const finishRef = useRef<(timedOut: boolean) => void>(() => {})
  const finish = (timedOut: boolean) => {
    if (!running) return
    const finishedAt = Date.now()
    const result = scoreExam(running.exam.questions, running.answers)
    addExam(examRecord(running.exam, result, finishedAt))
    const lessonIds = new Set(running.exam.questions.filter((q) => q.quiz.kind === 'lesson').map((q) => q.quizId))
    for (const [quizId, correct] of Object.entries(running.answers)) if (lessonIds.has(quizId)) answerQuiz(quizId, correct, finishedAt)
    const shown = [...new Set(Object.values(running.misconceptions).flat())]
    if (shown.length > 0) noteMisconceptions(shown, finishedAt)
    setRunning(null)
    setFinished({ exam: running.exam, result, finishedAt, timedOut, misconceptions: running.misconceptions })
    focusAfterRender(() => headingRef.current)
  }
  useEffect(() => {
    finishRef.current = finish
  })
  // The clock runs out even if the learner does nothing: finish when the time limit passes.
  const deadline = running ? running.exam.startedAt + running.exam.durationMs : null
  useEffect(() => {
    if (deadline === null) return
    const timer = setTimeout(() => finishRef.current(true), Math.max(0, deadline - Date.now()))
    return () => clearTimeout(timer)
  }, [deadline])

  if (pool.length === 0) return <p>{t('noQuestions')}</p>

  if (running) {
    const q = running.exam.questions[running.index]
    const total = running.exam.questions.length
    const answered = q ? running.answers[q.quizId] !== undefined : false
    const last = running.index === total - 1
    const left = now > 0 ? remainingMs(running.exam, now) : running.exam.durationMs
    return (
      <div className="space-y-3">
        <div className="sticky top-[4.5rem] z-10 flex sm:top-14 flex-wrap items-center justify-between gap-2 rounded-md border border-slate-300 bg-white/95 px-3 py-2 text-sm dark:border-slate-600 dark:bg-slate-900/95">
          <p>{t('progress', { n: running.index + 1, total })}</p>
          <p role="timer" aria-label={t('timeLeftLabel')} className="font-mono font-semibold tabular-nums">
            {t('timeLeft', { time: formatClock(left) })}
          </p>
        </div>
        {q ? (
          <div ref={questionRef} tabIndex={-1} role="group" aria-label={t('progress', { n: running.index + 1, total })} className="focus-visible:outline-offset-4">
            {q.quiz.kind === 'lesson' ? (
              <>
                <p className="text-sm text-slate-600 dark:text-slate-300">{t('fromLesson', { title: titleOf.get(q.topic) ?? q.topic })}</p>
                <running.parts.QuizCard
                  key={q.quizId}
                  quiz={q.quiz.quiz}
                  mode="exam"
                  headingLevel={2}
                  onAnswered={({ correct }) => {
                    setRunning((r) => (r ? { ...r, answers: { ...r.answers, [q.quizId]: correct } } : r))
                    focusNext()
                  }}
                />
              </>
            ) : (
              <running.parts.ComputedProblemCard
                key={q.quizId}
                id={`exam-${q.quizId}`}
                problem={q.quiz.problem}
                mode="exam"
                headingLevel={2}
                onAnswered={({ correct, misconceptions }) => {
                  setRunning((r) =>
                    r ? { ...r, answers: { ...r.answers, [q.quizId]: correct }, misconceptions: { ...r.misconceptions, [q.quizId]: misconceptions } } : r,
                  )
                  focusNext()
                }}
              />
            )}
          </div>
        ) : null}
        <div className="flex flex-wrap gap-2">
          {!last ? (
            <button
              type="button"
              ref={nextRef}
              className={answered ? buttonPrimary : buttonSecondary}
              onClick={() => {
                setRunning((r) => (r ? { ...r, index: r.index + 1 } : r))
                focusQuestion()
              }}
            >
              {answered ? t('next') : t('skip')}
            </button>
          ) : null}
          <button type="button" ref={last ? nextRef : undefined} className={last ? buttonPrimary : buttonSecondary} onClick={() => finish(false)}>
            {t('finish')}
          </button>
        </div>
      </div>
    )
  }

  return (
    <div className="space-y-6">
      {finished ? (
        <section aria-labelledby="exam-result" className="space-y-3 rounded-lg border border-slate-300 p-4 dark:border-slate-600">
          <h2 id="exam-result" ref={headingRef} tabIndex={-1} className="text-xl font-semibold">
            {t('resultHeading', { score: finished.result.score, total: finished.result.total })}
          </h2>
          {finished.timedOut ? <p role="status">{t('timedOut')}</p> : null}
          <table className="w-full text-left text-sm">
            <caption className="mb-1 text-left font-semibold">{t('perTopic')}</caption>
            <thead>
              <tr className="border-b border-slate-300 dark:border-slate-600">
                <th scope="col" className="py-1 pr-3">{t('topic')}</th>
                <th scope="col" className="px-2 py-1 text-right">{t('score')}</th>
              </tr>
            </thead>
            <tbody>
              {Object.entries(finished.result.perTopic).map(([topic, s]) => {
                const title = titleOf.get(topic) ?? topic
                return (
                  <tr key={topic} className="border-b border-slate-200 dark:border-slate-700">
                    <th scope="row" className="py-1 pr-3 font-medium">{title}</th>
                    <td className="px-2 py-1 text-right tabular-nums">
                      {t('topicScore', { correct: s.correct, total: s.total, percent: Math.round((100 * s.correct) / Math.max(1, s.total)) })}
                    </td>
                  </tr>
                )
              })}
            </tbody>
          </table>
          {finished.result.wrong.length > 0 ? (
            <>
              <h3 className="font-semibold">{t('wrongHeading')}</h3>
              <ul className="space-y-1 text-sm">
                {finished.result.wrong.map((w) => {
                  const item = finished.exam.questions.find((x) => x.quizId === w.quizId)?.quiz
                  if (item?.kind === 'computed') {
                    return (
                      <li key={w.quizId} className="space-y-1 rounded-md border border-slate-200 p-2 dark:border-slate-700">
                        <p className="whitespace-pre-line">{item.problem.question[locale]}</p>
                        <Mark ok={false} label={w.answered ? t('wrongAnswer') : t('unanswered')} />
                        <MisconceptionNotes ids={finished.misconceptions[w.quizId] ?? []} queued />
                        <Link href="/review/#computed-problems" className="text-sky-800 underline dark:text-sky-300">
                          {tc('practiceOnReview')}
                        </Link>
                      </li>
                    )
                  }
                  const question = item?.quiz
                  return (
                    <li key={w.quizId} className="rounded-md border border-slate-200 p-2 dark:border-slate-700">
                      <p className="mb-1">{question?.prompt ?? t('defaultPredictPrompt')}</p>
                      <Mark ok={false} label={w.answered ? t('wrongAnswer') : t('unanswered')} />
                      <Link href={`/lessons/${w.topic}/#quiz-${w.quizId}`} className="text-sky-800 underline dark:text-sky-300">
                        {t('reviewInLesson', { title: titleOf.get(w.topic) ?? w.topic })}
                      </Link>
                    </li>
                  )
                })}
              </ul>
            </>
          ) : (
            <p>
              <span aria-hidden="true">✓ </span>
              {t('allRight')}
            </p>
          )}
        </section>
      ) : null}
      <section className="space-y-3">
        <p>{t('intro', { questions: pool.length, lessons: topicCount })}</p>
        <div className="flex flex-wrap items-end gap-3">
          <div>
            <label htmlFor={lengthId} className="block text-sm font-medium">
              {t('lengthLabel')}
            </label>
            <select
              id={lengthId}
              value={length}
              onChange={(e) => setLength(Number(e.target.value))}
              disabled={!hydrated}
              className="mt-1 rounded-md border border-slate-400 bg-white px-2 py-1.5 dark:border-slate-500 dark:bg-slate-900"
            >
              {[...new Set([...LENGTHS.filter((n) => n < pool.length), pool.length])].map((n) => (
                <option key={n} value={n}>
                  {t('lengthOption', { count: n, minutes: (n * MS_PER_QUESTION) / 60_000 })}
                </option>
              ))}
            </select>
          </div>
          <button type="button" className={buttonPrimary} onClick={() => void start()} disabled={!hydrated}>
            {finished ? t('again') : t('start')}
          </button>
        </div>
      </section>
    </div>
  )
}

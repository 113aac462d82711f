import { describe, expect, it } from 'vitest'
import { recordQuizResult, reviewCard, completeLesson } from './actions'
import V1_FIXTURE from './fixtures/v1.json'
import { CURRENT_VERSION, emptyProgress } from './model'
import { exportFileName, exportProgress, parseProgressImport, recoverStoredProgress } from './transfer'

const NOW = Date.UTC(2025, 2, 10, 12, 0)

function sample() {
  let s = recordQuizResult(emptyProgress(), 'q1', false, NOW)
  s = recordQuizResult(s, 'q2', true, NOW)
  s = reviewCard(s, 'handshake/syn', 'good', NOW)
  return completeLesson(s, 'handshake', NOW)
}

describe('export and import', () => {
  it('round-trips with a summary of what will be replaced', () => {
    const text = exportProgress(sample(), NOW)
    expect(JSON.parse(text)).toMatchObject({ format: 'tcp-course-progress', version: CURRENT_VERSION, exportedAt: '2025-03-10T12:00:00.000Z' })
    const r = parseProgressImport(text, emptyProgress())
    expect(r).toEqual({
      ok: true,
      state: sample(),
      summary: {
        exportedAt: '2025-03-10T12:00:00.000Z',
        fileVersion: CURRENT_VERSION,
        incoming: { quizResults: 2, cards: 1, missedQuizzes: 1, lessons: 1, exams: 0 },
        current: { quizResults: 0, cards: 0, missedQuizzes: 0, lessons: 0, exams: 0 },
      },
    })
    expect(exportFileName(NOW)).toBe('tcp-course-progress-2025-03-10.json')
  })

  it('migrates a version 1 file', () => {
    const text = JSON.stringify({ format: 'tcp-course-progress', version: 1, exportedAt: 'x', state: V1_FIXTURE })
    const r = parseProgressImport(text)
    expect(r.ok && r.summary).toEqual({
      exportedAt: undefined,
      fileVersion: 1,
      incoming: { quizResults: 2, cards: 2, missedQuizzes: 1, lessons: 1, exams: 0 },
    })
  })

  it('refuses malformed JSON', () => {
    expect(parseProgressImport('{"format": ')).toEqual({ ok: false, error: { key: 'import.notJson' } })
    expect(parseProgressImport('')).toEqual({ ok: false, error: { key: 'import.notJson' } })
  })

  it('refuses a wrong format tag or shape', () => {
    expect(parseProgressImport('[1,2]')).toEqual({ ok: false, error: { key: 'import.wrongFormat' } })
    expect(parseProgressImport('{"format":"anki","version":2,"state":{}}')).toEqual({ ok: false, error: { key: 'import.wrongFormat' } })
    expect(parseProgressImport('{"format":"tcp-course-progress","state":{}}')).toEqual({ ok: false, error: { key: 'import.unknownVersion' } })
  })

  it('refuses newer versions', () => {
    const text = JSON.stringify({ format: 'tcp-course-progress', version: CURRENT_VERSION + 1, state: {} })
    expect(parseProgressImport(text)).toEqual({
      ok: false,
      error: { key: 'import.newerVersion', params: { version: CURRENT_VERSION + 1, supported: CURRENT_VERSION } },
    })
  })

  it('refuses schema errors with paths', () => {
    const file = JSON.parse(exportProgress(sample(), NOW)) as { state: { quizResults: { q1: { attempts: unknown } }; examHistory: unknown[] } }
    file.state.quizResults.q1.attempts = -1
    file.state.examHistory.push({ at: 1 })
    const r = parseProgressImport(JSON.stringify(file))
    expect(r.ok).toBe(false)
    if (!r.ok) {
      expect(r.error.key).toBe('import.invalid')
      expect(r.error.issues).toEqual([
        { path: 'state.quizResults.q1.attempts', message: 'must be at least 0' },
        { path: 'state.examHistory[0].seed', message: 'is required' },
        { path: 'state.examHistory[0].score', message: 'is required' },
        { path: 'state.examHistory[0].total', message: 'is required' },
        { path: 'state.examHistory[0].perTopic', message: 'is required' },
      ])
    }
  })

  it('refuses times no date can hold, which would break the pages that show them', () => {
    const file = JSON.parse(exportProgress(sample(), NOW)) as { state: { lessonsCompleted: Record<string, { completedAt: number }>; cardStates: Record<string, { due: number }> } }
    file.state.lessonsCompleted.handshake!.completedAt = 1e308
    file.state.cardStates['handshake/syn']!.due = -8.64e15 - 1
    const r = parseProgressImport(JSON.stringify(file))
    expect(r).toEqual({
      ok: false,
      error: {
        key: 'import.invalid',
        issues: [
          { path: 'state.cardStates["handshake/syn"].due', message: 'must be a time within 100 million days of 1970' },
          { path: 'state.lessonsCompleted.handshake.completedAt', message: 'must be a time within 100 million days of 1970' },
        ],
      },
    })
  })

  it('ignores prototype keys: they neither crash the import nor become progress', () => {
    const q = { attempts: 1, lastCorrect: true, lastAnsweredAt: NOW, correctEver: true }
    const text = `{"format":"tcp-course-progress","version":2,"state":{"quizResults":{"__proto__":${JSON.stringify(q)}},"cardStates":{},"lessonsCompleted":{},"examHistory":[],"activity":[]}}`
    const r = parseProgressImport(text)
    expect(r.ok && Object.getPrototypeOf(r.state.quizResults)).toBe(Object.prototype)
    expect(r.ok && r.summary.incoming.quizResults).toBe(0)
  })

  it('refuses files that are too large', () => {
    expect(parseProgressImport(' '.repeat(5_000_001))).toMatchObject({ ok: false, error: { key: 'import.tooLarge' } })
  })
})

describe('recoverStoredProgress', () => {
  const envelope = (state: unknown, version: number) => JSON.stringify({ state, version })

  it('loads current data silently and nothing stored as empty', () => {
    expect(recoverStoredProgress(envelope(sample(), CURRENT_VERSION))).toEqual({ state: sample() })
    expect(recoverStoredProgress({ state: sample(), version: CURRENT_VERSION })).toEqual({ state: sample() })
    expect(recoverStoredProgress(JSON.stringify(sample()))).toEqual({ state: sample() })
    expect(recoverStoredProgress(null)).toEqual({ state: emptyProgress() })
  })

  it('migrates version 1 with a notice', () => {
    const r = recoverStoredProgress(envelope(V1_FIXTURE, 1))
    expect(r.notice).toBe('migrated')
    expect(Object.keys(r.state.quizResults)).toHaveLength(2)
    expect(r.raw).toBeUndefined()
  })

  it('resets garbage, keeping the raw text for download', () => {
    expect(recoverStoredProgress('{not json')).toEqual({ state: emptyProgress(), notice: 'reset', raw: '{not json', reason: 'notJson' })
    expect(recoverStoredProgress('42')).toMatchObject({ notice: 'reset', raw: '42', reason: 'notObject' })
    expect(recoverStoredProgress(envelope({ cards: 1 }, 1))).toMatchObject({ notice: 'reset', reason: 'invalid' })
    expect(recoverStoredProgress(envelope({}, 0))).toMatchObject({ notice: 'reset', reason: 'unknownVersion' })
  })

  it('refuses a newer version without losing it', () => {
    const raw = envelope(sample(), CURRENT_VERSION + 1)
    expect(recoverStoredProgress(raw)).toEqual({ state: emptyProgress(), notice: 'reset', raw, reason: 'newerVersion' })
  })

  it('repairs damaged current data entry by entry', () => {
    const damaged = { ...sample(), quizResults: { ...sample().quizResults, bad: { attempts: 'x' } } }
    const raw = envelope(damaged, CURRENT_VERSION)
    expect(recoverStoredProgress(raw)).toEqual({ state: sample(), notice: 'repaired', raw, dropped: 1 })
  })
})

import { readFileSync, readdirSync } from 'node:fs'
import path from 'node:path'
import { expect, test } from 'vitest'
import { scenarioIds } from '@/lib/scenarios'
import { flattenLessons, parseCourse } from './course'
import { checkDeckFile } from './decks'

const refs = { scenarioIds: ['three-way-handshake'], lessonSlugs: ['three-way-handshake'] }
const card = { id: 'a', kind: 'basic', front: { en: 'Q', zh: '问' }, back: { en: 'A', zh: '答' } }

test('a deck whose id differs from its file name is refused', () => {
  const r = checkDeckFile({ id: 'other', title: { en: 'T', zh: '题' }, cards: [card] }, 'states', refs)
  expect(r).toEqual({ ok: false, errors: ['id: "other" must match the file name (states.json)'] })
})

test('cards must link to scenarios and lessons that exist', () => {
  const r = checkDeckFile(
    { id: 'd', title: { en: 'T', zh: '题' }, cards: [{ ...card, scenario: 'no-such', lesson: 'nope' }] },
    'd',
    refs,
  )
  expect(r.ok).toBe(false)
  if (!r.ok) expect(r.errors).toEqual(['cards[0].scenario: there is no scenario "no-such"', 'cards[0].lesson: there is no lesson "nope" in content/course.json'])
})

test('schema errors carry JSON paths', () => {
  const r = checkDeckFile({ id: 'd', title: { en: 'T', zh: '题' }, cards: [{ ...card, front: { en: 'Q' } }] }, 'd', refs)
  expect(r.ok).toBe(false)
  if (!r.ok) expect(r.errors).toContain('cards[0].front.zh is required')
})

test('every deck in content/decks is valid', () => {
  const dir = path.join(process.cwd(), 'content', 'decks')
  const course = parseCourse(JSON.parse(readFileSync(path.join(process.cwd(), 'content', 'course.json'), 'utf8')))
  if (!course.ok) throw new Error(course.errors.join('\n'))
  const files = readdirSync(dir).filter((f) => f.endsWith('.json'))
  expect(files.length).toBeGreaterThan(0)
  for (const file of files) {
    const r = checkDeckFile(JSON.parse(readFileSync(path.join(dir, file), 'utf8')), file.replace(/\.json$/, ''), {
      scenarioIds,
      lessonSlugs: flattenLessons(course.course).map((l) => l.slug),
    })
    expect(r.ok ? [] : r.errors, file).toEqual([])
  }
})

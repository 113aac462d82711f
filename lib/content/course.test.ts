import { expect, test } from 'vitest'
import { flattenLessons, neighbours, parseCourse } from './course'

const course = {
  sections: [
    { id: 'open', title: { en: 'Opening', zh: '建立' }, lessons: ['a', 'b'] },
    { id: 'close', title: { en: 'Closing', zh: '释放' }, lessons: ['c'] },
  ],
}

test('lessons flatten in reading order across sections', () => {
  const parsed = parseCourse(course)
  if (!parsed.ok) throw new Error(parsed.errors.join())
  expect(flattenLessons(parsed.course).map((l) => `${l.sectionId}/${l.slug}/${l.index}`)).toEqual([
    'open/a/0',
    'open/b/1',
    'close/c/2',
  ])
})

test('neighbours cross section boundaries and stop at the ends', () => {
  const parsed = parseCourse(course)
  if (!parsed.ok) throw new Error(parsed.errors.join())
  expect(neighbours(parsed.course, 'b')).toEqual({ previous: 'a', next: 'c' })
  expect(neighbours(parsed.course, 'a')).toEqual({ previous: null, next: 'b' })
  expect(neighbours(parsed.course, 'c')).toEqual({ previous: 'b', next: null })
})

test('a lesson listed twice is refused with its position', () => {
  const result = parseCourse({
    sections: [{ id: 'open', title: { en: 'A', zh: '甲' }, lessons: ['a', 'a'] }],
  })
  expect(result).toEqual({ ok: false, errors: [expect.stringContaining('sections[0].lessons[1]')] })
})

test('a missing Chinese title is reported by its path', () => {
  const result = parseCourse({ sections: [{ id: 'open', title: { en: 'A' }, lessons: ['a'] }] })
  expect(result.ok).toBe(false)
  if (!result.ok) expect(result.errors[0]).toMatch(/^sections\[0\]\.title\.zh:/)
})

test('a slug with capitals or spaces is refused', () => {
  const result = parseCourse({ sections: [{ id: 'open', title: { en: 'A', zh: '甲' }, lessons: ['Three Way'] }] })
  expect(result.ok).toBe(false)
})

import { describe, expect, it } from 'vitest'
import { growCourse } from './bench-scale'

const course = {
  sections: [
    { id: 'opening', title: { en: 'Opening', zh: '建立' }, lessons: ['three-way-handshake', 'why-three-segments'] },
    { id: 'closing', title: { en: 'Closing', zh: '释放' }, lessons: ['four-way-close'] },
  ],
}

describe('growCourse', () => {
  it('grows the course to the size asked, with both languages of each new lesson', () => {
    const grown = growCourse(course, 50)
    const lessons = grown.course.sections.flatMap((s) => s.lessons)
    expect(lessons).toHaveLength(50)
    expect(new Set(lessons).size).toBe(50)
    expect(grown.files).toHaveLength(2 * 47)
    expect(grown.files.map((f) => f.path)).toContain('content/lessons/scale-lesson-001.zh.mdx')
  })

  it('keeps the lessons there were first in their sections and deals the new ones to the sections in turn', () => {
    const grown = growCourse(course, 7)
    expect(grown.course.sections[0]!.lessons).toEqual(['three-way-handshake', 'why-three-segments', 'scale-lesson-001', 'scale-lesson-003'])
    expect(grown.course.sections[1]!.lessons).toEqual(['four-way-close', 'scale-lesson-002', 'scale-lesson-004'])
  })

  it('gives each new lesson a simulator, a predict and a quiz, with ids of its own', () => {
    const english = growCourse(course, 4).files.find((f) => f.path.endsWith('scale-lesson-001.en.mdx'))!.text
    expect(english).toMatch(/<Simulator /)
    expect(english).toMatch(/<Predict id="scale-lesson-001-predict"/)
    expect(english).toMatch(/<Quiz id="scale-lesson-001-check"/)
  })

  it('grows the larger course from the smaller one: its first lessons are the same', () => {
    const small = growCourse(course, 50).files
    expect(growCourse(course, 200).files.slice(0, small.length)).toEqual(small)
  })

  it('refuses a size the course already has', () => {
    expect(() => growCourse(course, 3)).toThrow(/already has 3 lessons/)
  })
})

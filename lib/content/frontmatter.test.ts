import { expect, test } from 'vitest'
import { checkFrontmatter } from './frontmatter'

const source = ['---', 'title: The handshake', 'descripton: typo here', '---', '', 'Body'].join('\n')

test('a complete frontmatter passes', () => {
  expect(checkFrontmatter({ title: 'T', description: 'D' }, source)).toEqual({
    ok: true,
    frontmatter: { title: 'T', description: 'D' },
  })
})

test('a misspelt key is reported on its own line, with the allowed keys', () => {
  const result = checkFrontmatter({ title: 'The handshake', descripton: 'typo here' }, source)
  expect(result.ok).toBe(false)
  if (result.ok) return
  expect(result.problems).toContainEqual({ line: 3, message: expect.stringContaining('descripton') })
  expect(result.problems).toContainEqual({ line: 1, message: expect.stringContaining('add `description: ...`') })
})

test('a title that is not text names the key', () => {
  const result = checkFrontmatter({ title: 42, description: 'D' }, '---\ntitle: 42\ndescription: D\n---')
  expect(result).toEqual({ ok: false, problems: [{ line: 2, message: expect.stringContaining('frontmatter title') }] })
})

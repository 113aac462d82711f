import { expect, test } from 'vitest'
import { checkInternalLinks, isCoursePath } from './links'

const slugs = new Set(['three-way-handshake', 'time-wait'])

test('lesson and page paths in either language are the course’s; anything else is not', () => {
  for (const good of ['/en/', '/zh/playground/', '/en/lessons/time-wait/', '/zh/lessons/three-way-handshake', '/en/exam/']) expect(isCoursePath(good, slugs), good).toBe(true)
  for (const bad of ['/fr/', '/en/lessons/time-wiat/', '/en/lessons/', '/en/playgrund/', '/lessons/time-wait/', '/en/lessons/time-wait/extra/']) expect(isCoursePath(bad, slugs), bad).toBe(false)
})

test('a broken internal link is reported at its line and column with a path to write instead', () => {
  const source = '---\ntitle: T\n---\n\nSee [TIME-WAIT](/en/lessons/time-wiat/#why) and [the playground](/en/playground/).\n\n<a href="/en/reveiw/">review</a>\n'
  expect(checkInternalLinks('content/lessons/x.en.mdx', source, slugs)).toEqual([
    { file: 'content/lessons/x.en.mdx', line: 5, column: 17, message: 'the link /en/lessons/time-wiat/ leads to no page of the course; link to a lesson as /en/lessons/three-way-handshake/, or to /en/playground/, /review/, /exam/ or /progress/' },
    { file: 'content/lessons/x.en.mdx', line: 7, column: 10, message: 'the link /en/reveiw/ leads to no page of the course; link to a lesson as /en/lessons/three-way-handshake/, or to /en/playground/, /review/, /exam/ or /progress/' },
  ])
})

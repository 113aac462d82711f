import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { expect, test } from 'vitest'
import { compileLesson } from './compile-lesson.server'
import { ContentError, formatProblem, type LocatedProblem } from './content-error'
import { checkInternalLinks } from './links'

const DIR = path.join(import.meta.dirname, '__fixtures__/broken-lessons')

/** What the content check says of one lesson file: its compile problems and its links, in order. */
async function checked(name: string): Promise<string[]> {
  const file = `broken/${name}`
  const source = readFileSync(path.join(DIR, name), 'utf8')
  const compiled: LocatedProblem[] = await compileLesson(source, file).then(
    () => [],
    (error: unknown) => (error instanceof ContentError ? error.problems : Promise.reject(error)),
  )
  return [...compiled, ...checkInternalLinks(file, source, new Set(['four-way-close']))].sort((a, b) => a.line - b.line).map(formatProblem)
}

test('the broken-lessons folder holds the cases below, one file each', () => {
  expect(readdirSync(DIR).sort()).toEqual(['frontmatter.en.mdx', 'references.en.mdx', 'syntax.en.mdx'])
})

test('frontmatter and components: every problem of the file, each with where and how to fix it', async () => {
  expect(await checked('frontmatter.en.mdx')).toEqual([
    'broken/frontmatter.en.mdx:1:1  frontmatter description: add `description: ...`, one sentence shown under the title in the course outline',
    'broken/frontmatter.en.mdx:3:1  unknown frontmatter key "descripton"  (allowed keys are title and description)',
    'broken/frontmatter.en.mdx:8:1  unknown component <Simulater>  (lessons can use Choice, Compare, DeepDive, Explain, Flashcards, Intro, Item, Note, Order, Pitfall, Predict, Question, Quiz, Recap, Reveal, Rule, Simulator, StateTransitions, YouWillLearn)',
    'broken/frontmatter.en.mdx:10:1  <Simulator scenario>: unknown scenario "three-way-handshak"  (did you mean "three-way-handshake"? every scenario id is listed in content/README.md)',
    'broken/frontmatter.en.mdx:10:1  <Simulator show>: unknown panel "graph"  (use diagram, states, tcb, table)',
  ])
})

test('ids and links that lead nowhere: a link, a rule, a run of a comparison, a Predict’s scenario', async () => {
  expect(await checked('references.en.mdx')).toEqual([
    'broken/references.en.mdx:6:17  the link /en/lessons/four-way-clos/ leads to no page of the course  (link to a lesson as /en/lessons/four-way-close/, or to /en/playground/, /review/, /exam/ or /progress/)',
    'broken/references.en.mdx:8:1  <Rule id>: unknown rule "time-wait-timout"  (did you mean "time-wait-timeout"? every rule id is listed in content/README.md)',
    'broken/references.en.mdx:10:1  <Compare b>: unknown run "bsd"  (use one of rfc, linux, textbook, standard, two_way_handshake, no_time_wait, four_segment_handshake)',
    'broken/references.en.mdx:12:1  <Predict scenario>: unknown scenario "no-such-scenario"  (every scenario id is listed in content/README.md)',
  ])
})

test('MDX syntax: the unclosed tag, at the line it opens', async () => {
  expect(await checked('syntax.en.mdx')).toEqual([
    'broken/syntax.en.mdx:6:1  Expected a closing tag for `<Note>` (6:1-6:24)  (check the MDX syntax here: every tag closes, and { } hold JavaScript)',
  ])
})

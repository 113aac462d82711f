import { expect, test } from 'vitest'
import { buildCatalogue, formatFileProblem } from './catalogue'
import { inlineScenarios } from './inline'

const block = (id: string, extra = '') => `  \`\`\`scenario
  id: ${id}
  title.en: A lost SYN
  title.zh: 丢失的 SYN
  description.en: The first SYN is lost.
  description.zh: 第一个 SYN 丢失。
  profile: rfc
  variant: standard
  end: client ESTABLISHED, server ESTABLISHED

  setup:
  server listen

  script:
  client connect
  network drop client
  skip
  run
  expect client ESTABLISHED${extra}
  \`\`\``

const lesson = (body: string) => `---\ntitle: T\ndescription: D\n---\n\nText.\n\n<Simulator scenario="lost-syn-inline">\n\n${body}\n\n</Simulator>\n`

test('a scenario block inside a lesson’s simulator joins the catalogue under its id', () => {
  const sources = inlineScenarios('content/lessons/x.en.mdx', lesson(block('lost-syn-inline')))
  expect(sources).toHaveLength(1)
  expect(sources[0]).toMatchObject({ firstLine: 11, indent: 2, inline: true })
  const { scenarios, problems } = buildCatalogue(sources)
  expect(problems).toEqual([])
  expect(scenarios.map((s) => s.id)).toEqual(['lost-syn-inline'])
  expect(scenarios[0]!.script).toContainEqual({ type: 'fate_last', from: 'client', fate: 'drop' })
})

test('the same block in the English and the Chinese lesson is one scenario; two different blocks with one id are refused', () => {
  const en = inlineScenarios('content/lessons/x.en.mdx', lesson(block('lost-syn-inline')))
  const zh = inlineScenarios('content/lessons/x.zh.mdx', lesson(block('lost-syn-inline')))
  expect(buildCatalogue([...en, ...zh]).scenarios).toHaveLength(1)
  const other = inlineScenarios('content/lessons/y.en.mdx', lesson(block('lost-syn-inline', '\n  expect server ESTABLISHED')))
  expect(buildCatalogue([...en, ...other]).problems.map(formatFileProblem)).toEqual([
    'content/lessons/y.en.mdx:11:3  the id "lost-syn-inline" is already used by content/lessons/x.en.mdx  (write the same block in both languages of a lesson, or give it another id)',
  ])
})

test('a problem in a block is reported at its line and column in the lesson', () => {
  const sources = inlineScenarios('content/lessons/x.en.mdx', lesson(block('lost-syn-inline', '\n  expect client LISTEN')))
  expect(buildCatalogue(sources).problems.map(formatFileProblem)).toEqual([
    'content/lessons/x.en.mdx:29:3  expected client LISTEN, but the client is ESTABLISHED  (fix the expectation, or the lines before it if the story is wrong)',
  ])
})

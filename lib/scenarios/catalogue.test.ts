import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { expect, test } from 'vitest'
import { buildCatalogue, formatFileProblem } from './catalogue'
import { scenarioIds } from './scenarios'
import { scenarioSources } from './sources.server'

const read = (dir: string, prefix: string) =>
  readdirSync(dir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => ({ file: `${prefix}/${name}`, text: readFileSync(path.join(dir, name), 'utf8') }))

test('the course’s scenario files build without a problem, and the app loads exactly them', () => {
  const { scenarios, problems } = buildCatalogue(scenarioSources(path.join(import.meta.dirname, '../..')))
  expect(problems.map(formatFileProblem)).toEqual([])
  expect(scenarios.map((s) => s.id)).toEqual(scenarioIds)
})

test('broken scenario files: every problem of every file, each at its line and column, with how to fix it', () => {
  const { scenarios, problems } = buildCatalogue(read(path.join(import.meta.dirname, '__fixtures__/broken'), 'broken'))
  expect(problems.map(formatFileProblem)).toEqual([
    'broken/bad-lines.txt:7:10  unknown profile "bsd"  (write one of rfc, linux, textbook)',
    'broken/bad-lines.txt:15:8  unknown action "conect" for the client  (write listen, connect, send, close, abort, crash, reboot or state)',
    'broken/bad-lines.txt:16:9  drop needs a segment  (write client or server (that host\'s newest segment in flight) or #N (segment N of the run))',
    'broken/bad-lines.txt:17:6  wait needs one duration  (a number and a unit: ms, s, min, h or MSL, e.g. 75s or 2MSL)',
    'broken/wrong-name.txt:1:1  the id "another-name" is not the file\'s name  (rename the file to another-name.txt or the id to wrong-name)',
    'broken/wrong-name.txt:16:1  expected server > S. 0:0(0) ack 2, but the server sent S. 0:0(0) ack 1 (#2 at 0.100 s)  (fix the expectation, or the lines before it if the story is wrong)',
    'broken/wrong-name.txt:18:1  expected client SYN-SENT, but the client is ESTABLISHED  (fix the expectation, or the lines before it if the story is wrong)',
  ])
  expect(scenarios.map((s) => s.id)).toEqual(['another-name'])
})

test('two files with one id: the second is refused', () => {
  const text = readFileSync(path.join(import.meta.dirname, '../../content/scenarios/three-way-handshake.txt'), 'utf8')
  const { problems } = buildCatalogue([
    { file: 'a/three-way-handshake.txt', text },
    { file: 'b/three-way-handshake.txt', text },
  ])
  expect(problems.map(formatFileProblem)).toEqual([
    'b/three-way-handshake.txt:2:1  the id "three-way-handshake" is already used by a/three-way-handshake.txt  (give every scenario its own id)',
  ])
})

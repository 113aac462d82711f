import { ESLint } from 'eslint'
import { expect, test } from 'vitest'

const eslint = new ESLint({ cwd: process.cwd() })
// The first lint loads the whole ESLint config and a TypeScript parser: seconds on a cold machine.
const LINT_TIMEOUT_MS = 60_000

async function messagesFor(code: string, filePath: string) {
  const [result] = await eslint.lintText(code, { filePath })
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message)
}

test.each([
  ["import { useState } from 'react'", 'react'],
  ["import { create } from 'zustand'", 'zustand'],
  ["import Link from 'next/link'", 'next/link'],
  ["import { Simulator } from '@/components/simulator/simulator'", 'components/'],
  ["import Page from '@/app/[locale]/page'", 'app/'],
])('lib/ may not import %s', async (line, _what) => {
  const messages = await messagesFor(`${line}\nexport const x = 1\n`, 'lib/tcp/boundary-probe.ts')
  expect(messages).toHaveLength(1)
}, LINT_TIMEOUT_MS)

test('lib/ may import other lib modules and plain packages', async () => {
  const messages = await messagesFor("import { z } from 'zod'\nimport { seqAdd } from '@/lib/tcp/seq'\nexport const x = [z, seqAdd]\n", 'lib/quiz/boundary-probe.ts')
  expect(messages).toEqual([])
}, LINT_TIMEOUT_MS)

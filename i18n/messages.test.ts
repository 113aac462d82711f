import { expect, test } from 'vitest'
import en from './messages/en'
import zh from './messages/zh'

function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix]
  return Object.entries(value).flatMap(([key, child]) => keys(child, prefix ? `${prefix}.${key}` : key))
}

test('English and Chinese interface strings have exactly the same keys', () => {
  expect(keys(zh).sort()).toEqual(keys(en).sort())
})

test('no interface string is left empty', () => {
  for (const messages of [en, zh]) {
    const empty = keys(messages).filter((key) => {
      const value = key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], messages)
      return typeof value === 'string' && value.trim() === ''
    })
    expect(empty).toEqual([])
  }
})

test('the Chinese strings are actually Chinese where the English ones are prose', () => {
  expect(zh.site.title).toMatch(/[\u4e00-\u9fff]/)
  expect(zh.nav.previous).toMatch(/[\u4e00-\u9fff]/)
})

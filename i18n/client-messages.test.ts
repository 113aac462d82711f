import { expect, test } from 'vitest'
import { clientNamespaces, pickMessages } from './client-messages'
import en from './messages/en'
import zh from './messages/zh'

test('picks dotted namespaces and nothing else', () => {
  const messages = { a: { b: { c: 'x' }, d: 'y' }, e: 'z' }
  expect(pickMessages(messages, ['a.b', 'e'])).toEqual({ a: { b: { c: 'x' } }, e: 'z' })
})

test('every namespace a page hands to the browser exists in both languages', () => {
  for (const messages of [en, zh]) {
    for (const path of Object.values(clientNamespaces).flat()) {
      const value = path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], messages)
      expect(value, path).toBeTypeOf('object')
    }
  }
})

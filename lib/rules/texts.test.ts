import { expect, test } from 'vitest'
import { RULE_IDS, RULES, type RuleSetting } from '@/lib/tcp/rules'
import { RFC_QUOTES } from './quotes'
import { RULE_TEXTS_EN } from './texts.en'
import { RULE_TEXTS_ZH } from './texts.zh'

const CJK = /[\u4e00-\u9fff]/
const settings = [...new Set(RULE_IDS.flatMap((id) => ((RULES[id] as { setting?: RuleSetting }).setting ? [(RULES[id] as { setting: RuleSetting }).setting] : [])))]

test('every rule has a name and a sentence in English and in Chinese', () => {
  for (const id of RULE_IDS) {
    const [en, zh] = [RULE_TEXTS_EN.rules[id], RULE_TEXTS_ZH.rules[id]]
    expect(en?.title.trim(), id).toBeTruthy()
    expect(en?.why.trim(), id).toBeTruthy()
    expect(en!.title + en!.why, `${id} in English`).not.toMatch(CJK)
    expect(zh?.title, `${id} in Chinese`).toMatch(CJK)
    expect(zh?.why, `${id} in Chinese`).toMatch(CJK)
  }
})

test('no two rules share a name, in either language', () => {
  for (const texts of [RULE_TEXTS_EN, RULE_TEXTS_ZH]) {
    const titles = RULE_IDS.map((id) => texts.rules[id].title)
    expect(titles.filter((title, i) => titles.indexOf(title) !== i)).toEqual([])
  }
})

test('every setting a rule depends on is explained in both languages', () => {
  expect(settings.length).toBeGreaterThan(0)
  for (const setting of settings) {
    expect(RULE_TEXTS_EN.settings[setting].why.trim(), setting).toBeTruthy()
    expect(RULE_TEXTS_ZH.settings[setting].why, setting).toMatch(CJK)
  }
})

test('a rule of a hypothetical variant says, in both languages, that it is not TCP', () => {
  for (const id of RULE_IDS.filter((r) => (RULES[r] as { hypothetical?: true }).hypothetical)) {
    expect(RULE_TEXTS_EN.rules[id].why, id).toMatch(/not TCP|hypothetical/i)
    expect(RULE_TEXTS_ZH.rules[id].why, id).toMatch(/不是 ?TCP|假想/)
  }
})

test('the RFC’s own words are quoted only for known rules, in English', () => {
  for (const [id, quote] of Object.entries(RFC_QUOTES)) {
    expect(RULE_IDS, id).toContain(id)
    expect(quote, id).not.toMatch(CJK)
  }
})

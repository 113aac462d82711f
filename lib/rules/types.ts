/**
 * The learners' words for the engine's rules (`lib/tcp/rules.ts`), one module per language, loaded
 * only when a Why panel or a `<Rule>` needs them.
 */
import type { RuleId, RuleSetting } from '@/lib/tcp/rules'

/** One rule for learners: a short name and one or two sentences on what the rule does and why. */
export type RuleText = {
  /** A few words, e.g. "A SYN arrives at a listener". */
  readonly title: string
  /** What the rule makes the host do, and why TCP is built that way, in the textbook's terms. */
  readonly why: string
}

/** A profile setting for learners: what it is, and how the RFC, Linux and the textbook differ on it. */
export type SettingText = {
  readonly name: string
  readonly why: string
}

/** Every rule and setting in one language. */
export type RuleTexts = {
  readonly rules: { readonly [K in RuleId]: RuleText }
  readonly settings: { readonly [K in RuleSetting]: SettingText }
}

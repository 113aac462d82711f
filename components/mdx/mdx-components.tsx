import type { ComponentType } from 'react'
import type { MdxComponentName } from '@/lib/content/component-specs'
import { Flashcards, Order, Predict, Quiz } from '@/components/practice/mdx/quiz-mdx'
import { Choice, Explain, Item, Question } from '@/components/practice/mdx/parts'
import { Compare } from './compare-island'
import { Rule } from './rule-island'
import { Simulator } from './simulator-island'
import { DeepDive } from './deep-dive'
import { Intro } from './intro'
import { Note, Pitfall } from './note'
import { Recap } from './recap'
import { Reveal } from './reveal'
import { StateTransitions } from './state-transitions'
import { YouWillLearn } from './you-will-learn'

/**
 * The one registry of components lessons may use, by name. Lessons never import; the
 * content check (lib/content/component-specs.ts) knows the same names and their props,
 * and the type below makes the two lists impossible to drift apart.
 */
export const mdxComponents = {
  Intro,
  YouWillLearn,
  Note,
  Pitfall,
  DeepDive,
  Reveal,
  Recap,
  Simulator,
  Quiz,
  Question,
  Choice,
  Explain,
  Order,
  Item,
  Predict,
  Flashcards,
  StateTransitions,
  Rule,
  Compare,
} satisfies Record<MdxComponentName, ComponentType<never>>

/**
 * What lessons may use: every component the MDX registry provides, with the props each
 * accepts. The content check and the build both read this list, so an instructor who
 * misspells a component or a prop gets an error with file and line instead of a blank page.
 */

import { practiceComponentSpecs } from './quizzes-specs'

/** A literal prop value as written in MDX: a string, `true` for a bare prop, or an `{expression}`. */
export type PropValue = { kind: 'string'; value: string } | { kind: 'boolean' } | { kind: 'expression'; source: string }

export type PropSpec = {
  required?: boolean
  /** Returns a message saying what to write instead, or null when the value is fine. */
  check?: (value: PropValue) => string | null
}

export type ComponentSpec = {
  /** One line for the instructor guide and for error hints. */
  summary: string
  props: Record<string, PropSpec>
}

export const isText: PropSpec['check'] = (value) =>
  value.kind === 'string' ? null : 'write it as text in quotes, for example title="Why 2MSL?"'

export const componentSpecs = {
  Intro: { summary: 'Opening paragraph, one to three sentences.', props: {} },
  YouWillLearn: { summary: 'Learning outcomes as a short bullet list.', props: {} },
  Note: { summary: 'A side note: terminology, a textbook or Linux difference.', props: { title: { check: isText } } },
  Pitfall: { summary: 'A common mistake and how to avoid it.', props: { title: { check: isText } } },
  DeepDive: {
    summary: 'An optional deeper explanation, collapsed until opened. Cite the RFC section.',
    props: { title: { required: true, check: isText } },
  },
  Reveal: {
    summary: 'Hides its content behind a button so the learner can think first.',
    props: { label: { check: isText } },
  },
  Recap: { summary: 'End-of-lesson summary as a bullet list.', props: {} },
  ...practiceComponentSpecs,
} satisfies Record<string, ComponentSpec>

export type MdxComponentName = keyof typeof componentSpecs

export const mdxComponentNames = Object.keys(componentSpecs) as MdxComponentName[]

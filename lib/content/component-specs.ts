/**
 * What lessons may use: every component the MDX registry provides, with the props each
 * accepts. The content check and the build both read this list, so an instructor who
 * misspells a component or a prop gets an error with file and line instead of a blank page.
 */

import { scenarioIds } from '../scenarios'
import { parseKeepAliveTimes } from '../sim/keepalive-times'
import { PROFILE_IDS, RULE_IDS, VARIANT_IDS } from '../tcp'

import { unknownId } from './nearest'
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

/** A prop that must be one of a fixed list of ids. */
function oneOf(what: string, ids: ReadonlyArray<string>, example: string): PropSpec['check'] {
  return (value) => {
    if (value.kind !== 'string') return `write the ${what} as text in quotes, for example ${what}="${example}"`
    return ids.includes(value.value) ? null : `unknown ${what} "${value.value}"; use one of ${ids.join(', ')}`
  }
}

const SIMULATOR_PANELS = ['diagram', 'states', 'tcb', 'table']

/** `keepalive="10s,5s,3"`: idle time, interval and probe count for the simulation's connections. */
const simulatorKeepAlive: PropSpec['check'] = (value) => {
  if (value.kind !== 'string') return 'write the keep-alive times as text, for example keepalive="10s,5s,3" (idle, interval, probes)'
  const parsed = parseKeepAliveTimes(value.value)
  return parsed.ok ? null : `keepalive="${value.value}": ${parsed.error}`
}

/** `show="diagram,tcb"`: a comma-separated list of the simulator's panels. */
const simulatorPanels: PropSpec['check'] = (value) => {
  if (value.kind !== 'string') return 'write the panels as text, for example show="diagram,tcb"'
  const unknown = value.value.split(/[\s,]+/).filter((p) => p !== '' && !SIMULATOR_PANELS.includes(p))
  return unknown.length === 0 ? null : `unknown panel ${unknown.map((p) => `"${p}"`).join(', ')}; use ${SIMULATOR_PANELS.join(', ')}`
}

/** `id="listen-syn"`: one of the engine's rule ids (lib/tcp/rules.ts). */
const ruleId: PropSpec['check'] = (value) => {
  if (value.kind !== 'string') return 'write the rule id as text in quotes, for example id="listen-syn"'
  return (RULE_IDS as ReadonlyArray<string>).includes(value.value) ? null : unknownId('rule', value.value, RULE_IDS, 'content/README.md')
}

/** `scenario="three-way-handshake"`: a scenario of content/scenarios/ or of a lesson's scenario block. */
export const scenarioId: PropSpec['check'] = (value) => {
  if (value.kind !== 'string') return 'write the scenario id in quotes, for example scenario="three-way-handshake"'
  return scenarioIds.includes(value.value) ? null : unknownId('scenario', value.value, scenarioIds, 'content/README.md')
}

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
  Simulator: {
    summary: 'A live TCP simulation of one scenario; follow it with a sentence telling the reader what to watch.',
    props: {
      scenario: { required: true, check: scenarioId },
      profile: { check: oneOf('profile', PROFILE_IDS, 'linux') },
      variant: { check: oneOf('variant', VARIANT_IDS, 'standard') },
      show: { check: simulatorPanels },
      autoplay: { check: (value) => (value.kind === 'boolean' ? null : 'write autoplay on its own, without a value') },
      keepalive: { check: simulatorKeepAlive },
      actions: { check: (value) => (value.kind === 'boolean' ? null : 'write actions on its own, without a value') },
    },
  },
  StateTransitions: {
    summary: 'The table of every state transition the course teaches, each linked to its lesson and to a simulation of it.',
    props: {},
  },
  Compare: {
    summary: 'One scenario run twice, under two profiles or two variants, side by side, with the first difference marked and the rule behind it on each side.',
    props: {
      scenario: { required: true, check: scenarioId },
      a: { required: true, check: oneOf('run', [...PROFILE_IDS, ...VARIANT_IDS], 'rfc') },
      b: { required: true, check: oneOf('run', [...PROFILE_IDS, ...VARIANT_IDS], 'linux') },
    },
  },
  Rule: {
    summary: 'One rule of the TCP engine in words, with its RFC 9293 section: the same text the simulator’s Why panel shows.',
    props: { id: { required: true, check: ruleId } },
  },
  ...practiceComponentSpecs,
} satisfies Record<string, ComponentSpec>

export type MdxComponentName = keyof typeof componentSpecs

export const mdxComponentNames = Object.keys(componentSpecs) as MdxComponentName[]

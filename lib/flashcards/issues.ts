/**
 * Turns zod issues into short messages with a readable JSON path, for
 * instructors fixing content files and for import error details.
 *
 * @module
 */
import type { z } from 'zod'

/** One validation problem: `path` like `cards[3].front.zh`, `message` like `is required`. */
export interface ValidationIssue {
  readonly path: string
  readonly message: string
}

/** Formats a zod path: `['cards', 3, 'front', 'zh']` -> `cards[3].front.zh`; `[]` -> `(root)`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = ''
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`
    else if (typeof key === 'string' && /^[A-Za-z_$][\w$]*$/.test(key)) out += out === '' ? key : `.${key}`
    else out += `[${JSON.stringify(String(key))}]`
  }
  return out === '' ? '(root)' : out
}

function article(noun: string): string {
  return /^[aeiou]/.test(noun) ? `an ${noun}` : `a ${noun}`
}

function describe(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.message.endsWith('received undefined') ? 'is required' : `must be ${article(issue.expected === 'int' ? 'integer' : issue.expected)}`
    case 'too_small':
      if (issue.origin === 'string') return Number(issue.minimum) <= 1 ? 'must not be empty' : `must have at least ${issue.minimum} characters`
      if (issue.origin === 'array') return `must have at least ${issue.minimum} item(s)`
      return `must be at least ${issue.minimum}`
    case 'too_big':
      if (issue.origin === 'string') return `must have at most ${issue.maximum} characters`
      if (issue.origin === 'array') return `must have at most ${issue.maximum} item(s)`
      return `must be at most ${issue.maximum}`
    case 'invalid_value':
      return `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`
    case 'unrecognized_keys':
      return `has unknown key(s) ${issue.keys.map((k) => JSON.stringify(k)).join(', ')}`
    case 'invalid_format':
      return issue.message
    default:
      return issue.message
  }
}

/** Converts zod issues to {@link ValidationIssue}s, in zod's order. */
export function formatZodIssues(issues: readonly z.core.$ZodIssue[]): ValidationIssue[] {
  return issues.map((issue) => ({ path: formatPath(issue.path), message: describe(issue) }))
}

/** `cards[3].front.zh is required` */
export function issueToString(issue: ValidationIssue): string {
  return `${issue.path} ${issue.message}`
}

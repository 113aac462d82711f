/**
 * Reading cases, the JSON layer: the loose value readers every other part of the judge uses on an
 * oracle document (objects, strings, finite numbers) and the error a malformed case raises.
 */

/** A JSON object of an oracle document (a case, a step, `meta`, an accept entry). */
export type Json = Record<string, unknown>

/** A case that cannot be judged as written; its message becomes the case's FAIL text as is. */
export class CaseError extends Error {}

/** Pure. True for a JSON object (not null, not an array). */
export function isObject(x: unknown): x is Json {
  return typeof x === 'object' && x !== null && !Array.isArray(x)
}

/** Pure. The value if it is a string, else undefined. */
export function str(x: unknown): string | undefined {
  return typeof x === 'string' ? x : undefined
}

/** Pure. The value if it is a finite number, else undefined. */
export function num(x: unknown): number | undefined {
  return typeof x === 'number' && Number.isFinite(x) ? x : undefined
}

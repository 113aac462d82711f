/** Suggestions for a mistyped id: the known id closest to what was written. Pure. */

/** The number of single-character edits between two words. */
export function editDistance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const next = [i]
    for (let j = 1; j <= b.length; j++) next[j] = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1))
    row = next
  }
  return row[b.length]!
}

/** Pure. The id of `ids` nearest to `written`, if one is near enough to be a typo of it. */
export function nearestId(written: string, ids: ReadonlyArray<string>): string | undefined {
  const near = [...ids].sort((x, y) => editDistance(written, x) - editDistance(written, y))[0]
  return near !== undefined && editDistance(written, near) <= Math.max(2, Math.floor(written.length / 4)) ? near : undefined
}

/** Pure. `unknown scenario "x"; did you mean "y"? …`: the message for an id not in the list. */
export function unknownId(what: string, written: string, ids: ReadonlyArray<string>, where: string): string {
  const near = nearestId(written, ids)
  return `unknown ${what} "${written}"; ${near ? `did you mean "${near}"? ` : ''}every ${what} id is listed in ${where}`
}

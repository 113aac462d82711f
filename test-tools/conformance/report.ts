/**
 * Formatting the report: the verdict types and the text `npm run conformance` prints, one line per
 * case (`PASS id` / `FAIL id: message`) and then the totals.
 */
/** The verdict on one case. */
export type CaseResult = {
  readonly id: string
  readonly kind: 'vector' | 'scenario' | 'file'
  readonly pass: boolean
  /** Empty on a pass; otherwise `expected ..., got ...` or what was wrong with the case. */
  readonly message: string
}

/** All verdicts of one document. */
export type ConformanceReport = {
  readonly results: ReadonlyArray<CaseResult>
  readonly passed: number
  readonly failed: number
}

/** Pure. The report as printed by `npm run conformance`: one line per case, then the totals. */
export function formatReport(report: ConformanceReport): string[] {
  const lines = report.results.map((r) => (r.pass ? `PASS ${r.id}` : `FAIL ${r.id}: ${r.message}`))
  lines.push(`${report.passed} passed, ${report.failed} failed`)
  return lines
}

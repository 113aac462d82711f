/**
 * Judging a document: every vector and scenario of an oracle-format document in document order,
 * each judged on its own so that a malformed case fails alone without stopping the others.
 */
import { CaseError, isObject, str } from './case-json'
import { judgeScenario } from './judge-scenario'
import { judgeVector } from './judge-vector'
import type { CaseResult, ConformanceReport } from './report'

function judgeSafely(id: string, kind: 'vector' | 'scenario', run: () => Omit<CaseResult, 'id' | 'kind'>): CaseResult {
  try {
    return { id, kind, ...run() }
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    return { id, kind, pass: false, message: error instanceof CaseError ? message : `error: ${message}` }
  }
}

/** Pure. Judges every vector and scenario of an oracle-format document. */
export function runConformance(doc: unknown): ConformanceReport {
  const results: CaseResult[] = []
  if (!isObject(doc)) {
    results.push({ id: 'file', kind: 'file', pass: false, message: 'expected a JSON object with "vectors" and/or "scenarios"' })
  } else {
    const meta = isObject(doc.meta) ? doc.meta : {}
    const vectors = doc.vectors
    const scenarios = doc.scenarios
    if (!Array.isArray(vectors) && !Array.isArray(scenarios)) {
      results.push({ id: 'file', kind: 'file', pass: false, message: 'no "vectors" or "scenarios" array' })
    }
    if (Array.isArray(vectors)) {
      vectors.forEach((v, i) => {
        const id = isObject(v) ? (str(v.id) ?? `vectors[${i}]`) : `vectors[${i}]`
        results.push(judgeSafely(id, 'vector', () => {
          if (!isObject(v)) throw new CaseError('not an object')
          return judgeVector(v, meta)
        }))
      })
    }
    if (Array.isArray(scenarios)) {
      scenarios.forEach((sc, i) => {
        const id = isObject(sc) ? (str(sc.id) ?? `scenarios[${i}]`) : `scenarios[${i}]`
        results.push(judgeSafely(id, 'scenario', () => {
          if (!isObject(sc)) throw new CaseError('not an object')
          return judgeScenario(sc)
        }))
      })
    }
  }
  const passed = results.filter((r) => r.pass).length
  return { results, passed, failed: results.length - passed }
}


/**
 * Moving progress between browsers (export/import files) and recovering
 * from damaged browser storage. Messages are keys for the UI to localise.
 *
 * @module
 */
import type { Millis } from '@/lib/flashcards/schedule'
import type { ValidationIssue } from '@/lib/flashcards/issues'
import { migrate, repairProgress } from './migrate'
import { CURRENT_VERSION, emptyProgress, progressCounts, type ProgressCounts, type ProgressState } from './model'

/** `format` tag of export files. */
export const EXPORT_FORMAT = 'tcp-course-progress'

/** Largest import accepted, in characters (5 MB). */
export const MAX_IMPORT_CHARS = 5_000_000

/** Largest import file accepted, in bytes, checked before the file is read (a year of daily study is well under 1 MB). */
export const MAX_IMPORT_BYTES = 5_000_000

/** Shape of an export file. */
export interface ProgressExport {
  readonly format: typeof EXPORT_FORMAT
  readonly version: number
  /** ISO 8601. */
  readonly exportedAt: string
  readonly state: ProgressState
}

/** Serialises progress to the text of an export file (pretty-printed JSON). */
export function exportProgress(state: ProgressState, now: Millis): string {
  const file: ProgressExport = {
    format: EXPORT_FORMAT,
    version: CURRENT_VERSION,
    exportedAt: new Date(now).toISOString(),
    state,
  }
  return JSON.stringify(file, null, 2) + '\n'
}

/** Suggested download name, e.g. `tcp-course-progress-2025-01-15.json` (UTC date). */
export function exportFileName(now: Millis): string {
  return `${EXPORT_FORMAT}-${new Date(now).toISOString().slice(0, 10)}.json`
}

/** Message keys for a refused import. */
export type ImportErrorKey =
  | 'import.tooLarge'
  | 'import.fileTooLarge'
  | 'import.unreadable'
  | 'import.notJson'
  | 'import.wrongFormat'
  | 'import.unknownVersion'
  | 'import.newerVersion'
  | 'import.invalid'

/** A refused import: a message key, values to interpolate, and schema problems with their paths. */
export interface ImportError {
  readonly key: ImportErrorKey
  readonly params?: Readonly<Record<string, string | number>>
  /** For `import.invalid`: what is wrong where (`state.quizResults.q1.attempts must be a number`). */
  readonly issues?: readonly ValidationIssue[]
}

/** What an import would replace, for the confirm dialog. */
export interface ImportSummary {
  /** ISO date written in the file, if valid. */
  readonly exportedAt: string | undefined
  /** Version of the file (older files are migrated). */
  readonly fileVersion: number
  /** What the file holds. */
  readonly incoming: ProgressCounts
  /** What is there now and would be replaced (when `current` was given). */
  readonly current?: ProgressCounts
}

/** Result of {@link parseProgressImport}. */
export type ImportResult =
  | { readonly ok: true; readonly state: ProgressState; readonly summary: ImportSummary }
  | { readonly ok: false; readonly error: ImportError }

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
}

/**
 * Reads an export file. Refuses (without touching anything) text that is
 * too large, not JSON, not tagged {@link EXPORT_FORMAT}, of a newer or
 * unknown version, or whose state fails validation (issues carry paths
 * such as `state.examHistory[0].score`). Older versions are migrated.
 *
 * @param current - The learner's current progress, to summarise what would be replaced.
 */
export function parseProgressImport(text: string, current?: ProgressState): ImportResult {
  if (text.length > MAX_IMPORT_CHARS) return fail('import.tooLarge', { max: MAX_IMPORT_CHARS })
  let data: unknown
  try {
    data = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text)
  } catch {
    return fail('import.notJson')
  }
  if (!isRecord(data) || data.format !== EXPORT_FORMAT) return fail('import.wrongFormat')
  const version = data.version
  if (typeof version !== 'number' || !Number.isInteger(version)) return fail('import.unknownVersion')
  if (version > CURRENT_VERSION) return fail('import.newerVersion', { version, supported: CURRENT_VERSION })
  const r = migrate(data.state, version)
  if (!r.ok) {
    if (r.reason === 'unknownVersion') return fail('import.unknownVersion', { version })
    if (r.reason === 'newerVersion') return fail('import.newerVersion', { version, supported: CURRENT_VERSION })
    const issues = (r.issues ?? []).map((i) => ({ path: i.path === '(root)' ? 'state' : `state.${i.path}`.replace('.[', '['), message: i.message }))
    return { ok: false, error: { key: 'import.invalid', issues } }
  }
  const exportedAt = typeof data.exportedAt === 'string' && !Number.isNaN(Date.parse(data.exportedAt)) ? data.exportedAt : undefined
  const summary: ImportSummary = {
    exportedAt,
    fileVersion: version,
    incoming: progressCounts(r.state),
    ...(current ? { current: progressCounts(current) } : {}),
  }
  return { ok: true, state: r.state, summary }
}

/** The part of a picked `File` the import needs (a `Blob` will do). */
export interface ImportFile {
  readonly size: number
  text(): Promise<string>
}

/**
 * Reads a picked export file and parses it ({@link parseProgressImport}). A file over
 * {@link MAX_IMPORT_BYTES} is refused from its size alone, before any of it is read into memory;
 * one the browser cannot read is refused too. Never throws, never changes stored progress.
 *
 * @param current - The learner's current progress, to summarise what would be replaced.
 */
export async function readProgressFile(file: ImportFile, current?: ProgressState): Promise<ImportResult> {
  if (file.size > MAX_IMPORT_BYTES) return fail('import.fileTooLarge', { max: MAX_IMPORT_BYTES / 1_000_000 })
  let text: string
  try {
    text = await file.text()
  } catch {
    return fail('import.unreadable')
  }
  return parseProgressImport(text, current)
}

function fail(key: ImportErrorKey, params?: Record<string, string | number>): ImportResult {
  return { ok: false, error: params ? { key, params } : { key } }
}

/** What happened to stored progress on load. */
export type StorageNotice = 'migrated' | 'repaired' | 'reset'

/** Result of {@link recoverStoredProgress}. */
export interface RecoveredProgress {
  /** Always usable. */
  readonly state: ProgressState
  /**
   * `migrated`: an older version was upgraded (nothing lost). `repaired`:
   * damaged entries were dropped, the rest kept. `reset`: nothing could be
   * used; progress starts empty. No notice: loaded as is (or nothing stored).
   */
  readonly notice?: StorageNotice
  /** For `repaired` and `reset`: the stored text, to offer as a download. */
  readonly raw?: string
  /** For `repaired`: how many entries were dropped. */
  readonly dropped?: number
  /** For `reset`: why. */
  readonly reason?: 'notJson' | 'notObject' | 'unknownVersion' | 'newerVersion' | 'invalid'
}

/**
 * Loads whatever browser storage holds without ever throwing, for a custom
 * zustand persist `storage.getItem`: pass the stored value (the string from
 * `localStorage`, or its parsed form). Both zustand's envelope
 * `{ state, version }` and the bare state (taken as current version) are
 * understood. Old versions are migrated; damaged current data is repaired
 * entry by entry; anything else resets to empty progress with the raw text
 * returned so the UI can show a notice and offer it as a download.
 */
export function recoverStoredProgress(raw: unknown): RecoveredProgress {
  if (raw === null || raw === undefined || raw === '') return { state: emptyProgress() }
  const rawText = typeof raw === 'string' ? raw : safeStringify(raw)
  let data: unknown = raw
  if (typeof raw === 'string') {
    try {
      data = JSON.parse(raw)
    } catch {
      return reset('notJson', rawText)
    }
  }
  if (!isRecord(data)) return reset('notObject', rawText)
  const envelope = 'state' in data && 'version' in data
  const version = envelope ? data.version : CURRENT_VERSION
  const stored = envelope ? data.state : data
  if (typeof version !== 'number' || !Number.isInteger(version)) return reset('unknownVersion', rawText)
  const r = migrate(stored, version)
  if (r.ok) return version === CURRENT_VERSION ? { state: r.state } : { state: r.state, notice: 'migrated' }
  if (r.reason !== 'invalid') return reset(r.reason, rawText)
  if (version === CURRENT_VERSION) {
    const repaired = repairProgress(stored)
    if (repaired) return { state: repaired.state, notice: 'repaired', raw: rawText, dropped: repaired.dropped }
  }
  return reset('invalid', rawText)
}

function reset(reason: NonNullable<RecoveredProgress['reason']>, raw: string): RecoveredProgress {
  return { state: emptyProgress(), notice: 'reset', raw, reason }
}

function safeStringify(v: unknown): string {
  try {
    return JSON.stringify(v) ?? String(v)
  } catch {
    return String(v)
  }
}

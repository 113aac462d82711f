/**
 * Anki-compatible CSV/TSV import and export (columns: front, back, tags).
 *
 * Export writes Anki's file headers (`#separator:`, `#html:false`,
 * `#columns:`, `#tags column:3`) so Anki maps the columns without asking.
 * Import reads RFC 4180 CSV (quoted fields with `""`, embedded delimiters
 * and newlines), tolerates those headers and an optional header row, and
 * validates every row.
 *
 * @module
 */
import { hashString } from '@/lib/random'
import { clozeAnswer, hasCloze } from './cloze'
import type { CardKind, Deck, Locale } from './deck'

/** Field separators understood on import. */
export type CsvDelimiter = ',' | '\t' | ';'

/** A card as it appears in one language's CSV row. */
export interface CsvCard {
  readonly kind: CardKind
  readonly front: string
  /** Empty for a cloze card without extra text. */
  readonly back: string
  readonly tags: readonly string[]
}

/** A card read from CSV, with an id derived from its front (stable across re-imports). */
export interface ImportedCard extends CsvCard {
  readonly id: string
}

const SEPARATOR_NAMES: Record<CsvDelimiter, string> = { ',': 'comma', '\t': 'tab', ';': 'semicolon' }

function quoteField(field: string, delimiter: string): string {
  const needs = field.includes(delimiter) || /["\r\n]/.test(field) || field.startsWith('#')
  return needs ? `"${field.replaceAll('"', '""')}"` : field
}

/**
 * Writes cards as Anki-compatible CSV/TSV with `\n` line endings.
 *
 * @param headerLines - Write Anki's `#...` file headers (default `true`).
 */
export function exportCardsCsv(cards: readonly CsvCard[], delimiter: ',' | '\t' = '\t', headerLines = true): string {
  const lines: string[] = []
  if (headerLines) {
    lines.push(`#separator:${SEPARATOR_NAMES[delimiter]}`, '#html:false', `#columns:front${delimiter}back${delimiter}tags`, '#tags column:3')
  }
  for (const c of cards) {
    lines.push([c.front, c.back, c.tags.join(' ')].map((f) => quoteField(f, delimiter)).join(delimiter))
  }
  return lines.join('\n') + '\n'
}

/**
 * Exports one language of a deck as Anki-compatible CSV (`,`) or TSV
 * (`\t`, the default). Cloze cards keep their `{{c1::...}}` markers, which
 * Anki's Cloze note type understands.
 */
export function exportDeckCsv(deck: Deck, locale: Locale, delimiter: ',' | '\t' = '\t'): string {
  return exportCardsCsv(
    deck.cards.map((c) => ({ kind: c.kind, front: c.front[locale], back: c.back?.[locale] ?? '', tags: c.tags })),
    delimiter,
  )
}

/** Why a row (or the file) was refused. The UI can localise by `code`. */
export type CsvErrorCode =
  | 'unclosedQuote'
  | 'textAfterQuote'
  | 'tooManyColumns'
  | 'emptyFront'
  | 'missingBack'
  | 'noCards'
  | 'tooManyCards'
  | 'unclosedCloze'
  | 'fileTooLarge'
  | 'unreadable'

/** One import problem; `line` is 1-based (the line where the row starts), 0 for the whole file. */
export interface CsvError {
  readonly line: number
  readonly code: CsvErrorCode
  readonly message: string
  /** The number the message names: the columns found (`tooManyColumns`), the card limit (`tooManyCards`) or the size limit in MB (`fileTooLarge`). */
  readonly count?: number
}

/** Options for {@link parseDeckCsv}. */
export interface CsvParseOptions {
  /** Field separator; default `'auto'`: from `#separator:`, else guessed from the first row. */
  readonly delimiter?: CsvDelimiter | 'auto'
  /**
   * Whether the first row names the columns. Default `'auto'`: skipped if it
   * reads `front, back[, tags]` (any case) and no `#columns:` header was given.
   */
  readonly header?: boolean | 'auto'
  /** Refuse files with more cards than this (default 5000). */
  readonly maxCards?: number
}

/** Result of {@link parseDeckCsv}: every row valid, or the list of problems. */
export type CsvParseResult =
  | { readonly ok: true; readonly cards: ImportedCard[]; readonly delimiter: CsvDelimiter }
  | { readonly ok: false; readonly errors: CsvError[] }

interface Row {
  line: number
  fields: string[]
}

const MAX_ERRORS = 50

/** Where the next `delimiter`, `\n` or `\r` is at or after `from` (`text.length` if none). */
function fieldEnd(text: string, from: number, delimiter: string): number {
  let i = from
  while (i < text.length) {
    const ch = text.charCodeAt(i)
    if (ch === 10 || ch === 13 || text[i] === delimiter) break
    i++
  }
  return i
}

/** Line breaks in `text[from, to)`, counting `\r\n` once. */
function lineBreaks(text: string, from: number, to: number): number {
  let n = 0
  for (let i = from; i < to; i++) {
    const ch = text.charCodeAt(i)
    if (ch === 10 || (ch === 13 && text.charCodeAt(i + 1) !== 10)) n++
  }
  return n
}

/**
 * Splits CSV text into records, skipping blank ones. Fields are cut out as slices, not built a
 * character at a time, so a field of megabytes costs one copy. Stops after `maxRows` records:
 * the caller refuses the file then, and need not hold the rest.
 */
function parseRows(text: string, start: number, startLine: number, delimiter: string, errors: CsvError[], maxRows: number): Row[] {
  const rows: Row[] = []
  let i = start
  let line = startLine
  const n = text.length
  while (i < n && rows.length <= maxRows) {
    const row: Row = { line, fields: [] }
    for (;;) {
      let field: string
      if (text[i] === '"') {
        const openLine = line
        const parts: string[] = []
        let from = i + 1
        let closed = false
        for (;;) {
          const q = text.indexOf('"', from)
          if (q === -1) break
          parts.push(text.slice(from, q))
          if (text[q + 1] === '"') {
            parts.push('"')
            from = q + 2
            continue
          }
          line += lineBreaks(text, i, q)
          i = q + 1
          closed = true
          break
        }
        if (!closed) {
          errors.push({ line: openLine, code: 'unclosedQuote', message: 'a quoted field is never closed' })
          return rows
        }
        field = parts.join('')
        if (i < n && text[i] !== delimiter && text[i] !== '\n' && text[i] !== '\r') {
          errors.push({ line, code: 'textAfterQuote', message: 'unexpected text after a closing quote' })
          i = fieldEnd(text, i, delimiter)
        }
      } else {
        const e = fieldEnd(text, i, delimiter)
        field = text.slice(i, e)
        i = e
      }
      row.fields.push(field)
      if (i < n && text[i] === delimiter) {
        i++
        continue
      }
      break
    }
    // end of record
    if (text[i] === '\r' && text[i + 1] === '\n') i += 2
    else if (i < n) i++
    line++
    if (!(row.fields.length === 1 && row.fields[0]!.trim() === '')) rows.push(row)
  }
  return rows
}

function slugId(front: string): string {
  // Words joined by single hyphens; a regex trimming hyphens off both ends would rescan long runs of them.
  const words = clozeAnswer(front).normalize('NFKD').toLowerCase().match(/[a-z0-9]+/g) ?? []
  const slug = words.join('-').slice(0, 40).replace(/-+$/, '')
  return slug.length >= 3 ? slug : `card-${hashString(front).toString(36)}`
}

/**
 * A `{{cN::` opening after the last `}}`: a deletion that is never closed. Such an opening would
 * also make the cloze pattern rescan the rest of the text from each one, so it is refused first.
 */
function hasUnclosedCloze(text: string): boolean {
  const lastClose = text.lastIndexOf('}}')
  return /\{\{c\d+::/.test(lastClose < 0 ? text : text.slice(lastClose + 2))
}

function htmlToText(html: string): string {
  return html
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/(div|p)>\s*/gi, '\n')
    // A tag ends before the next `<`: `<[^>]*>` would rescan to the end from every `<` of a long unclosed run.
    .replace(/<[^<>]*>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\n+$/, '')
}

function separatorFrom(value: string): CsvDelimiter | undefined {
  const v = value.trim().toLowerCase()
  if (v === 'tab' || v === '\t') return '\t'
  if (v === 'comma' || v === ',') return ','
  if (v === 'semicolon' || v === ';') return ';'
  return undefined
}

type Role = 'front' | 'back' | 'tags' | 'ignore'

function roleFromName(name: string): Role {
  const n = name.trim().toLowerCase()
  if (n === 'front' || n === 'text' || n === 'question') return 'front'
  if (n === 'back' || n === 'back extra' || n === 'answer') return 'back'
  if (n === 'tags') return 'tags'
  return 'ignore'
}

/**
 * Reads Anki-style CSV/TSV into cards. Leading `#key:value` lines are
 * Anki file headers: `#separator:`, `#html:` (HTML fields are converted to
 * plain text), `#columns:`, `#tags column:`, and `#guid/#notetype/#deck
 * column:` (those columns are skipped); other leading `#` lines are
 * ignored. Blank lines are skipped. A row whose front has a `{{cN::...}}`
 * deletion becomes a cloze card (back optional); otherwise back is required.
 * Tags are separated by spaces.
 */
export function parseDeckCsv(text: string, options: CsvParseOptions = {}): CsvParseResult {
  const errors: CsvError[] = []
  let pos = text.charCodeAt(0) === 0xfeff ? 1 : 0
  let line = 1
  let delimiter: CsvDelimiter | undefined = options.delimiter === 'auto' ? undefined : options.delimiter
  let html = false
  let columnNames: string[] | undefined
  let columnsRaw: string | undefined
  let tagsColumn: number | undefined
  const skipColumns = new Set<number>()

  // Anki file headers and comments at the top.
  while (pos < text.length && text[pos] === '#') {
    let end = text.indexOf('\n', pos)
    if (end === -1) end = text.length
    const raw = text.slice(pos, end).replace(/\r$/, '')
    const m = /^#([a-z ]+):(.*)$/i.exec(raw)
    if (m) {
      const key = (m[1] ?? '').trim().toLowerCase()
      const value = m[2] ?? ''
      if (key === 'separator') delimiter ??= separatorFrom(value)
      else if (key === 'html') html = value.trim().toLowerCase() === 'true'
      else if (key === 'columns') columnsRaw = value
      else if (key === 'tags column') tagsColumn = Number.parseInt(value, 10) - 1
      else if (key === 'guid column' || key === 'notetype column' || key === 'deck column') {
        skipColumns.add(Number.parseInt(value, 10) - 1)
      }
    }
    pos = end + 1
    line++
  }

  if (delimiter === undefined) {
    delimiter = guessDelimiter(text, pos)
  }
  if (columnsRaw !== undefined) columnNames = columnsRaw.split(delimiter)

  const maxCards = options.maxCards ?? 5000
  // One more than the limit, for a header row that is not a card.
  const rows = parseRows(text, pos, line, delimiter, errors, maxCards + 1)

  // Column roles: from `#columns:`, else from a header row, else positional.
  let roles: Role[] | undefined = columnNames?.map(roleFromName)
  const header = options.header ?? 'auto'
  const first = rows[0]
  if (first && (header === true || (header === 'auto' && !columnNames && isHeaderRow(first.fields)))) {
    rows.shift()
    const named = first.fields.map(roleFromName)
    if (named.includes('front')) roles = named
  }
  let explicit = roles !== undefined
  if (tagsColumn !== undefined || skipColumns.size > 0) explicit = true
  const roleAt = (index: number): Role => {
    if (skipColumns.has(index)) return 'ignore'
    if (tagsColumn !== undefined && index === tagsColumn) return 'tags'
    if (roles) return roles[index] ?? 'ignore'
    // Positional among the columns that are not skipped or the tags column; counted from the few
    // named columns, so a row of many thousand columns stays linear.
    let k = index
    for (const j of skipColumns) if (j < index) k--
    if (tagsColumn !== undefined && tagsColumn < index && !skipColumns.has(tagsColumn)) k--
    return (['front', 'back', 'tags'] as const)[k] ?? 'ignore'
  }

  if (rows.length > maxCards) {
    return { ok: false, errors: [{ line: 0, code: 'tooManyCards', message: `the file has more than ${maxCards} cards`, count: maxCards }] }
  }

  const cards: ImportedCard[] = []
  const usedIds = new Set<string>()
  // Next suffix to try per base id, so many cards with one front do not rescan every suffix.
  const nextSuffix = new Map<string, number>()
  for (const row of rows) {
    if (errors.length >= MAX_ERRORS) break
    if (!explicit && row.fields.length > 3) {
      errors.push({
        line: row.line,
        code: 'tooManyColumns',
        message: `expected at most 3 columns (front, back, tags), found ${row.fields.length}`,
        count: row.fields.length,
      })
      continue
    }
    let front = ''
    let back = ''
    let tagText = ''
    row.fields.forEach((f, idx) => {
      const role = roleAt(idx)
      if (role === 'front') front = f
      else if (role === 'back') back = f
      else if (role === 'tags') tagText = f
    })
    if (html) {
      front = htmlToText(front)
      back = htmlToText(back)
    }
    if (front.trim() === '') {
      errors.push({ line: row.line, code: 'emptyFront', message: 'the front is empty' })
      continue
    }
    if (hasUnclosedCloze(front)) {
      errors.push({ line: row.line, code: 'unclosedCloze', message: 'a cloze deletion {{c1::… is never closed with }}' })
      continue
    }
    const kind: CardKind = hasCloze(front) ? 'cloze' : 'basic'
    if (kind === 'basic' && back.trim() === '') {
      errors.push({ line: row.line, code: 'missingBack', message: 'a basic card needs a back' })
      continue
    }
    const base = slugId(front)
    let id = base
    let k = nextSuffix.get(base) ?? 2
    while (usedIds.has(id)) id = `${base}-${k++}`
    nextSuffix.set(base, k)
    usedIds.add(id)
    cards.push({ id, kind, front, back, tags: tagText.split(/\s+/).filter((t) => t !== '') })
  }

  if (errors.length === 0 && cards.length === 0) errors.push({ line: 0, code: 'noCards', message: 'the file has no cards' })
  if (errors.length > 0) return { ok: false, errors: errors.sort((a, b) => a.line - b.line).slice(0, MAX_ERRORS) }
  return { ok: true, cards, delimiter }
}

/** Largest deck file accepted, in bytes, checked before the file is read (5000 cards of a few lines each fit). */
export const MAX_DECK_FILE_BYTES = 5_000_000

/** The part of a picked `File` the import needs (a `Blob` will do). */
export interface DeckFile {
  readonly size: number
  text(): Promise<string>
}

/**
 * Reads a picked CSV/TSV file and parses it ({@link parseDeckCsv}). A file over
 * {@link MAX_DECK_FILE_BYTES} is refused from its size alone, before any of it is read into
 * memory (`fileTooLarge`); one the browser cannot read is refused as `unreadable`. Never throws.
 */
export async function readDeckCsvFile(file: DeckFile, options: CsvParseOptions = {}): Promise<CsvParseResult> {
  if (file.size > MAX_DECK_FILE_BYTES) {
    return { ok: false, errors: [{ line: 0, code: 'fileTooLarge', message: `the file is larger than ${MAX_DECK_FILE_BYTES / 1_000_000} MB`, count: MAX_DECK_FILE_BYTES / 1_000_000 }] }
  }
  let text: string
  try {
    text = await file.text()
  } catch {
    return { ok: false, errors: [{ line: 0, code: 'unreadable', message: 'the file could not be read' }] }
  }
  return parseDeckCsv(text, options)
}

function isHeaderRow(fields: readonly string[]): boolean {
  const names = fields.map((f) => f.trim().toLowerCase())
  return names.length >= 2 && names.length <= 3 && names[0] === 'front' && names[1] === 'back' && (names[2] === undefined || names[2] === 'tags')
}

/** Guesses the separator from the first record, ignoring quoted text: tab, else `;` if there is no `,`, else `,`. */
function guessDelimiter(text: string, pos: number): CsvDelimiter {
  const seen = new Set<string>()
  let quoted = false
  for (let i = pos; i < text.length; i++) {
    const ch = text[i] as string
    if (ch === '"') quoted = !quoted
    else if (!quoted && (ch === '\n' || ch === '\r')) break
    else if (!quoted) seen.add(ch)
  }
  return seen.has('\t') ? '\t' : seen.has(';') && !seen.has(',') ? ';' : ','
}

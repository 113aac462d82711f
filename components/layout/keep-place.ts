/**
 * Keeping the reader's place across a language switch. The two languages of a lesson have the same
 * sections in the same order but different heading ids, so the place is kept as the index of the
 * section heading at the top of the screen, handed to the other language's page through
 * sessionStorage and consumed once there (by RestorePlace, after the lesson's text).
 */
const KEY = 'tcp-course:keep-place'

/** The section headings a place can be kept at: the h2s of the page's main content. */
function sectionHeadings(): HTMLElement[] {
  return [...document.querySelectorAll<HTMLElement>('main h2')]
}

/** Pure. The index of the last heading whose top is at or above `line` (-1: above them all). */
export function headingIndexAt(tops: readonly number[], line: number): number {
  let index = -1
  tops.forEach((top, i) => {
    if (top <= line) index = i
  })
  return index
}

/** Remembers the section on screen for the page at `targetPath` (the other language's address). */
export function rememberPlace(targetPath: string): void {
  const index = headingIndexAt(
    sectionHeadings().map((h) => h.getBoundingClientRect().top),
    window.innerHeight / 2,
  )
  if (index < 0) return
  try {
    sessionStorage.setItem(KEY, JSON.stringify({ path: targetPath, index }))
  } catch {
    // Storage may be unavailable: the switch still works, from the top of the page.
  }
}

/** On the page `path`, scrolls to the remembered section if it was remembered for this page. */
export function restorePlace(path: string): void {
  let saved: unknown
  try {
    saved = JSON.parse(sessionStorage.getItem(KEY) ?? 'null')
  } catch {
    return
  }
  if (!saved || typeof saved !== 'object') return
  const { path: savedPath, index } = saved as { path?: unknown; index?: unknown }
  if (typeof savedPath !== 'string' || samePath(savedPath, path) === false) return
  sessionStorage.removeItem(KEY)
  if (typeof index === 'number') sectionHeadings()[index]?.scrollIntoView({ block: 'start' })
}

function samePath(a: string, b: string): boolean {
  return a.replace(/\/+$/, '') === b.replace(/\/+$/, '')
}

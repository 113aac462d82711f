/**
 * Reads the inline scripts and inline style elements of a prerendered HTML page, exactly as the
 * browser hashes them for a Content-Security-Policy: the raw text between the tags.
 */

// Script and style are raw-text elements: their content runs to the first closing tag, with no
// entity decoding, which is why a regular expression reads them faithfully.
const ATTRIBUTE = String.raw`\s+[^\s=>/]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?`
const SCRIPT = new RegExp(String.raw`<script((?:${ATTRIBUTE})*)\s*>([\s\S]*?)</script\s*>`, 'gi')
const STYLE = new RegExp(String.raw`<style((?:${ATTRIBUTE})*)\s*>([\s\S]*?)</style\s*>`, 'gi')

// Types the browser runs as script; anything else (JSON, import maps aside) is an inert data block.
const EXECUTABLE_TYPES = new Set(['', 'module', 'text/javascript', 'application/javascript', 'text/ecmascript'])

function attribute(attributes: string, name: string): string | undefined {
  const match = new RegExp(String.raw`\s${name}(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?`, 'i').exec(attributes)
  if (!match) return undefined
  return match[1] ?? match[2] ?? match[3] ?? ''
}

/**
 * The text of every inline script the browser would run: no `src`, not empty, of a script type.
 * An empty inline script never runs, so it needs no hash.
 */
export function extractInlineScripts(html: string): string[] {
  const scripts: string[] = []
  for (const [, attributes = '', text = ''] of html.matchAll(SCRIPT)) {
    if (attribute(attributes, 'src') !== undefined || text === '') continue
    const type = (attribute(attributes, 'type') ?? '').trim().toLowerCase()
    if (EXECUTABLE_TYPES.has(type)) scripts.push(text)
  }
  return scripts
}

/** The text of every non-empty inline `<style>` element. */
export function extractInlineStyles(html: string): string[] {
  return [...html.matchAll(STYLE)].map(([, , text = '']) => text).filter((text) => text !== '')
}

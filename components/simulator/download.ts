/** Browser-only helpers for Export: save text as a file, and an SVG element as a standalone file. */

export { downloadText } from '@/components/ui/download'

/**
 * Serialises an SVG element as a standalone file: the namespace declared, interactive attributes
 * removed, and the widget's colour variables replaced by their light-theme fallbacks.
 */
export function svgMarkup(svg: SVGSVGElement): string {
  const copy = svg.cloneNode(true) as SVGSVGElement
  copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg')
  const width = copy.getAttribute('width')
  const height = copy.getAttribute('height')
  if (!copy.hasAttribute('viewBox') && width && height) copy.setAttribute('viewBox', `0 0 ${width} ${height}`)
  for (const el of copy.querySelectorAll('[tabindex], [role], [aria-pressed], [aria-label], [class]')) {
    for (const attr of ['tabindex', 'role', 'aria-pressed', 'aria-label', 'class']) el.removeAttribute(attr)
  }
  const markup = new XMLSerializer().serializeToString(copy)
  return `<?xml version="1.0" encoding="UTF-8"?>\n${markup.replace(/var\(--sim-[a-z]+,\s*(#[0-9a-fA-F]{3,8})\)/g, '$1')}\n`
}

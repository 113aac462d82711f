import type { ElementHandle, Locator, Page } from '@playwright/test'
import { expect } from './fixtures'

/** What a sighted keyboard user sees of the focused element. */
export type SeenFocus = {
  /** The element in a few words, for failure messages. */
  what: string
  /** It draws a focus indicator: an outline, or a ring drawn as a spread box-shadow. */
  ring: boolean
  /** Some of it is on screen and not hidden under anything, the sticky header included. */
  onScreen: boolean
  /** It is the element a search was looking for. */
  isTarget: boolean
}

/** Reads what the focused element looks like; `target` (optional) is compared with it. */
export function seeFocus(page: Page, target: ElementHandle | null = null): Promise<SeenFocus> {
  return page.evaluate((wanted) => {
    const element = document.activeElement
    if (!element || element === document.body || element === document.documentElement) {
      return { what: 'the page itself (focus was lost)', ring: false, onScreen: false, isTarget: false }
    }
    const style = getComputedStyle(element)
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0
    // A ring is a shadow with no offset or blur and some spread; a drop shadow (shadow-sm) is not a focus indicator.
    const ringShadow = style.boxShadow
      .split(/,(?![^(]*\))/)
      .some((layer) => {
        const lengths = (layer.match(/-?[\d.]+px/g) ?? []).map(parseFloat)
        const transparent = /rgba\([^)]*,\s*0\)|transparent/.test(layer)
        return lengths.length === 4 && lengths[0] === 0 && lengths[1] === 0 && lengths[2] === 0 && lengths[3]! > 0 && !transparent
      })

    // The part of its box inside the viewport; what is topmost there tells whether it is hidden (under the sticky header, say).
    const box = element.getBoundingClientRect()
    const [left, right] = [Math.max(box.left, 0), Math.min(box.right, innerWidth)]
    const [upper, lower] = [Math.max(box.top, 0), Math.min(box.bottom, innerHeight)]
    // Centre and quarter points: on a diagonal segment arrow of the diagram, too, some of them fall on the arrow.
    const points = [[0.5, 0.5], [0.25, 0.25], [0.75, 0.75], [0.75, 0.25], [0.25, 0.75]] as const
    const onScreen =
      right > left &&
      lower > upper &&
      points.some(([x, y]) => {
        const hit = document.elementFromPoint(left + (right - left) * x, upper + (lower - upper) * y)
        return hit !== null && element.contains(hit)
      })

    const label = element.getAttribute('aria-label') ?? (element as HTMLInputElement).labels?.[0]?.textContent ?? element.textContent ?? ''
    const what = `<${element.tagName.toLowerCase()}${element.getAttribute('role') ? ` role=${element.getAttribute('role')}` : ''}> "${label.trim().replace(/\s+/g, ' ').slice(0, 60)}"`
    return { what, ring: outline || ringShadow, onScreen, isTarget: wanted !== null && element === wanted }
  }, target)
}

/** Fails unless the focused element shows a focus indicator and is on screen. Waits a little, as some widgets move focus on the next frame. */
export async function expectVisibleFocus(page: Page): Promise<void> {
  await expect
    .poll(async () => {
      const seen = await seeFocus(page)
      return `${seen.what}${seen.ring ? '' : ' has no focus indicator'}${seen.onScreen ? '' : ' is not on screen'}`
    })
    .not.toMatch(/has no focus indicator|is not on screen|focus was lost/)
}

/**
 * Presses `key` (Tab, Shift+Tab, an arrow key) until `target` has focus, checking at every stop on
 * the way that the focused element shows a focus indicator and is on screen. No key is pressed
 * when `target` already has focus.
 */
export async function pressUntilFocused(page: Page, key: string, target: Locator, most = 90): Promise<void> {
  await expect(target).toBeEnabled()
  const handle = await target.elementHandle()
  let seen = await seeFocus(page, handle)
  for (let presses = 0; !seen.isTarget; presses++) {
    if (presses === most) throw new Error(`${most} presses of ${key} did not reach ${target}; focus is on ${seen.what}`)
    await page.keyboard.press(key)
    seen = await seeFocus(page, handle)
    expect(seen.ring, `${seen.what} (reached with ${key}) shows where the focus is`).toBe(true)
    expect(seen.onScreen, `${seen.what} (reached with ${key}) is on screen`).toBe(true)
  }
}

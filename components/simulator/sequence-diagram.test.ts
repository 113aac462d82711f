import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { createTranslator } from 'use-intl/core'
import { expect, test } from 'vitest'
import { applyAction, applyActions, createSimulation } from '@/lib/sim'
import en from '@/i18n/messages/en/simulator.json'
import { createArrowWords } from './arrow-words'
import { createSegmentIndexer } from './describe'
import { initialStates, layoutDiagram, type DiagramLayout } from './diagram-layout'
import { rememberTranslations, type Translate } from './format'
import { SequenceDiagram } from './sequence-diagram'

const t = rememberTranslations(createTranslator({ locale: 'en', messages: { simulator: en }, namespace: 'simulator' }) as unknown as Translate)

const synSent = applyActions(createSimulation(), [
  { type: 'listen', host: 'server' },
  { type: 'connect', host: 'client' },
])
const synArrived = applyAction(synSent, { type: 'step' })

/** The diagram of `layout` with only `arrow` drawn, and only what lies in `view` (all of it without one). */
function drawArrow(layout: DiagramLayout, arrow: DiagramLayout['arrows'][number], view?: { top: number; bottom: number }): string {
  return renderToStaticMarkup(
    createElement(SequenceDiagram, {
      layout: { ...layout, arrows: [arrow], states: [], timers: [], gaps: [], down: [] },
      initial: initialStates(synSent),
      notation: 'textbook',
      selected: null,
      clock: '0 ms',
      index: createSegmentIndexer()(synArrived.trace),
      words: createArrowWords(t),
      onChoose: () => {},
      t,
      titleId: 'title',
      viewTop: view?.top,
      viewBottom: view?.bottom,
    }),
  )
}

/** The diagram of `layout` with only the SYN's arrow drawn. */
function drawSyn(layout: DiagramLayout): string {
  return drawArrow(layout, layout.arrows.find((a) => a.id === 1)!)
}

/** The element tree without attributes or text: what decides whether React keeps the DOM nodes. */
const elements = (markup: string) => markup.replace(/<(\/?[a-z]+)[^>]*>/g, '<$1>').replace(/>[^<]+</g, '><')

test('an open segment is a button named for its fate; once it arrives it is a plain drawing', () => {
  const open = drawSyn(layoutDiagram(synSent, 640))
  const arrived = drawSyn(layoutDiagram(synArrived, 640))
  expect(open).toMatch(/<g role="button" tabindex="0" aria-label="Segment 1: SYN[^"]*" aria-pressed="false"/)
  expect(arrived).not.toMatch(/role="button"|tabindex/)
  expect(arrived).toContain('SYN=1')
})

test('a segment arriving changes attributes only: its drawing keeps the same elements but the hit area', () => {
  const open = elements(drawSyn(layoutDiagram(synSent, 640)))
  const arrived = elements(drawSyn(layoutDiagram(synArrived, 640)))
  // The open arrow has one extra transparent line, the wide area that takes the click; its tags
  // line says "in flight" in a part of its own, which goes when the segment lands.
  expect(open).toContain('<g><line></line><line></line><polygon></polygon></g><text><tspan></tspan></text><text><tspan></tspan></text>')
  expect(arrived).toContain('<g><line></line><polygon></polygon></g><text><tspan></tspan></text><text></text>')
  expect(open.replace('<g><line></line><line></line>', '<g><line></line>').replace('<text><tspan></tspan></text><g>', '<text></text><g>')).toBe(arrived)
})

/** The SYN's arrow stretched to 1,000 px (as a long run's arrows are), drawn with a view from `top` to `bottom`. */
function drawLongSyn(top: number, bottom: number): string {
  const layout = layoutDiagram(synArrived, 640)
  const syn = layout.arrows.find((a) => a.id === 1)!
  return drawArrow(layout, { ...syn, y2: syn.y1 + 1000, labelY: syn.y1 + 400 }, { top: syn.y1 + top, bottom: syn.y1 + bottom })
}

test('a long arrow is drawn only in the parts that lie in view: its line, its label, its head', () => {
  const label = /SYN=1/
  const head = /<polygon/
  // The view crosses the middle of the line, far from both the label and the head.
  const middle = drawLongSyn(650, 700)
  expect(middle).toMatch(/<line[^>]*stroke="var\(--sim-client/)
  expect(middle).not.toMatch(label)
  expect(middle).not.toMatch(head)
  // Around the label: the label and the line, not the head.
  const atLabel = drawLongSyn(380, 420)
  expect(atLabel).toMatch(label)
  expect(atLabel).toContain('#1')
  expect(atLabel).not.toMatch(head)
  // Around the head: the head and the line, not the label.
  const atHead = drawLongSyn(980, 1020)
  expect(atHead).toMatch(head)
  expect(atHead).not.toMatch(label)
  // Below the whole arrow: nothing of it.
  expect(drawLongSyn(1200, 1300)).not.toMatch(/<line[^>]*stroke="var\(--sim-client/)
  // With no view (the exported file), all of it.
  const all = drawSyn(layoutDiagram(synArrived, 640))
  expect(all).toMatch(label)
  expect(all).toMatch(head)
})

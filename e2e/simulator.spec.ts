import AxeBuilder from '@axe-core/playwright'
import type { Locator, Page } from '@playwright/test'
import { applyAction, applyActions, createSimulation, encodeRecording, hostState, isQuiescent, recordingOf, type SimState } from '../lib/sim'
import { parseScenarioText } from '../lib/scenario-text/parse'
import { runScenario } from '../lib/scenarios'
import { clickUntil, expect, test } from './fixtures'
import { handshakeLessonWidget, ready, sides } from './simulator-helpers'


/** Blank playground: Listen, Connect, and three Steps to ESTABLISHED on both sides. */
async function openConnection(page: Page) {
  const s = sides(page)
  await ready(page)
  await s.server.getByRole('button', { name: 'Listen' }).click()
  await expect(s.serverState).toHaveText('LISTEN')
  await expect(page.getByRole('group', { name: 'Server TCB' })).toContainText('SND.NXTnot set')
  await s.client.getByRole('button', { name: 'Connect' }).click()
  await expect(s.clientState).toHaveText('SYN-SENT')
  await expect(s.lastEvent).toContainText('Client sends SYN, seq 100')
  await s.step.click()
  await expect(s.serverState).toHaveText('SYN-RECEIVED')
  await s.step.click()
  await expect(s.clientState).toHaveText('ESTABLISHED')
  await s.step.click()
  await expect(s.serverState).toHaveText('ESTABLISHED')
  return s
}

test('on a blank playground the learner opens a connection by hand', async ({ page }) => {
  await page.goto('/en/playground/')
  const s = sides(page)
  await expect(s.clientState).toHaveText('CLOSED')
  await expect(s.serverState).toHaveText('CLOSED')
  await openConnection(page)
  await expect(s.lastEvent).toContainText('Server: SYN-RECEIVED → ESTABLISHED')
  await expect(page.getByRole('group', { name: 'Server TCB' })).toContainText('RCV.NXT101')
  await expect(page.getByRole('table')).toContainText('SYN,ACK')
  await expect(s.step).toBeDisabled()
})

test('a lost final ACK makes the server retransmit its FIN while the client stays in TIME-WAIT and restarts 2MSL', async ({ page }) => {
  await page.goto('/en/playground/')
  const s = await openConnection(page)
  await s.client.getByRole('button', { name: 'Close' }).click()
  await expect(s.clientState).toHaveText('FIN-WAIT-1')
  await s.step.click()
  await expect(s.serverState).toHaveText('CLOSE-WAIT')
  await s.step.click()
  await expect(s.clientState).toHaveText('FIN-WAIT-2')
  await s.server.getByRole('button', { name: 'Close' }).click()
  await expect(s.serverState).toHaveText('LAST-ACK')
  await s.step.click()
  await expect(s.clientState).toHaveText('TIME-WAIT')
  await expect(s.lastEvent).toContainText('Client starts the 2MSL timer (4 min)')

  // Choose the fate of the final ACK with the keyboard: focus it, Enter, then 2 = Drop.
  const ack = page.getByRole('button', { name: /^Segment 7: ACK, client → server, in flight/ }).first()
  await ack.focus()
  await page.keyboard.press('Enter')
  const fates = page.getByRole('group', { name: 'Fate of segment 7' })
  await expect(fates.getByRole('button', { name: 'Deliver' })).toBeFocused()
  await page.keyboard.press('2')
  await expect(s.lastEvent).toHaveText('Segment 7 (ACK) is lost')
  await expect(page.getByRole('table').getByRole('row', { name: /^7 / })).toContainText('lost')

  await page.getByRole('button', { name: 'Skip ahead' }).click()
  await expect(s.lastEvent).toContainText('Server: the retransmission timer expires')
  await expect(s.lastEvent).toContainText('Server retransmits FIN,ACK, seq 301, ack 102')
  await expect(s.serverState).toHaveText('LAST-ACK')

  await s.step.click()
  await expect(s.clientState).toHaveText('TIME-WAIT')
  await expect(s.lastEvent).toContainText('Client receives segment 8 (FIN,ACK)')
  await expect(s.lastEvent).toContainText('Client restarts the 2MSL timer (4 min)')
  await expect(page.getByRole('group', { name: 'Client TCB' })).toContainText('2MSL (4 min): 4 min left')

  await s.step.click()
  await expect(s.serverState).toHaveText('CLOSED')
  await expect(s.clientState).toHaveText('TIME-WAIT')
})

test('a shared link opens the same simulation in a new page', async ({ page, context }) => {
  await page.goto('/en/playground/')
  const s = await openConnection(page)
  await s.client.getByRole('button', { name: 'Send data' }).click()
  await page.getByRole('table').getByRole('button', { name: /^Segment 4: ACK, client → server, in flight/ }).click()
  await page.getByRole('group', { name: 'Fate of segment 4' }).getByRole('button', { name: 'Drop' }).click()
  await page.getByRole('button', { name: 'Skip ahead' }).click()
  await expect(s.lastEvent).toContainText('Client retransmits ACK, seq 101, ack 301, 100 bytes')
  await page.getByRole('button', { name: 'Share' }).click()
  const link = await page.getByLabel('Share link').inputValue()
  expect(link).toContain('/en/playground/?sim=')
  const clock = await s.clock.textContent()

  const other = await context.newPage()
  await other.goto(link)
  const o = sides(other)
  await expect(o.lastEvent).toHaveText('Opened a shared simulation.')
  await expect(o.clientState).toHaveText('ESTABLISHED')
  await expect(o.serverState).toHaveText('ESTABLISHED')
  await expect(o.clock).toHaveText(clock ?? '')
  await expect(other.getByRole('table').getByRole('row', { name: /^4 / })).toContainText('lost')
  await expect(other.getByRole('table').getByRole('row', { name: /^5 / })).toContainText('retransmission')
  // Back works on the restored simulation: it undoes the skip.
  await other.getByRole('button', { name: 'Back' }).click()
  await expect(other.getByRole('table').getByRole('row', { name: /^5 / })).toHaveCount(0)
})

test('a lesson page embeds simulators that step through their scenarios independently', async ({ page }) => {
  await page.goto('/en/lessons/three-way-handshake/')
  const handshake = page.getByRole('region', { name: 'Simulator: Three-way handshake' })
  const refused = page.getByRole('region', { name: 'Simulator: Connection refused' })
  const a = sides(handshake)
  const b = sides(refused)
  await expect(a.serverState).toHaveText('LISTEN')
  await expect(b.serverState).toHaveText('CLOSED')

  await ready(handshake)
  await a.step.click()
  await expect(a.clientState).toHaveText('SYN-SENT')
  await expect(b.clientState).toHaveText('CLOSED')
  await a.step.click()
  await a.step.click()
  await a.step.click()
  await expect(a.clientState).toHaveText('ESTABLISHED')
  await expect(a.serverState).toHaveText('ESTABLISHED')
  await expect(handshake.getByRole('img', { name: 'TCP state diagram (RFC 9293 Figure 5)' })).toBeVisible()

  await b.step.click()
  await expect(b.clientState).toHaveText('SYN-SENT')
  await b.step.click()
  await expect(b.lastEvent).toContainText('Server sends RST,ACK, seq 0, ack 101')
  await b.step.click()
  await expect(b.clientState).toHaveText('CLOSED')
  await expect(b.lastEvent).toContainText('connection refused')
  await expect(a.clientState).toHaveText('ESTABLISHED')

  await refused.getByRole('button', { name: 'Back' }).click()
  await expect(b.clientState).toHaveText('SYN-SENT')
  await expect(a.clientState).toHaveText('ESTABLISHED')
})

test('notation switches between textbook and RFC 9293', async ({ page }) => {
  await page.goto('/en/playground/')
  const s = await openConnection(page)
  const diagram = page.getByRole('group', { name: 'Sequence diagram: time flows down' })
  await expect(diagram).toContainText('SYN=1, ACK=1,')
  await page.getByRole('radio', { name: 'RFC' }).check()
  await expect(diagram).toContainText('<SEQ=300><ACK=101>')
  await expect(diagram).toContainText('<CTL=SYN,ACK>')
  await expect(s.clientState).toHaveText('ESTABLISHED')
})

test('a hypothetical variant is labelled as not TCP', async ({ page }) => {
  await page.goto('/en/playground/')
  await expect(async () => {
    await page.getByLabel('Scenario').selectOption('two-way-handshake', { timeout: 1000 })
    await expect(page.getByText('Hypothetical — not TCP')).toBeVisible({ timeout: 1000 })
  }).toPass()
  const s = sides(page)
  await s.step.click()
  await s.step.click()
  await expect(s.serverState).toHaveText('ESTABLISHED')
  await expect(s.clientState).toHaveText('SYN-SENT')
})

test('play runs a scenario to its end and skip ahead jumps over two idle hours', async ({ page }) => {
  await page.goto('/en/playground/')
  await expect(async () => {
    await page.getByLabel('Scenario').selectOption('keepalive-dead-peer-linux', { timeout: 1000 })
    await expect(page.getByLabel('Server state', { exact: true })).toHaveText('ESTABLISHED', { timeout: 1000 })
  }).toPass()
  const s = sides(page)
  await s.step.click()
  await expect(s.clientState).toHaveText('DOWN')
  await page.getByRole('button', { name: 'Skip ahead' }).click()
  await expect(s.clock).toHaveText('t = 2 h')
  await expect(page.getByRole('group', { name: 'Sequence diagram: time flows down' })).toContainText('2 h later')
  await page.getByLabel('Speed').selectOption('max')
  await page.getByRole('button', { name: 'Play' }).click()
  await expect(s.serverState).toHaveText('CLOSED', { timeout: 15_000 })
  await expect(page.getByRole('button', { name: 'Play' })).toBeDisabled()
  await expect(s.clock).toHaveText('t = 3 h')
})

test('a long run follows "now" and lets the reader scroll back', async ({ page }) => {
  await page.goto('/en/playground/')
  const s = await openConnection(page)
  for (let i = 0; i < 8; i++) await s.client.getByRole('button', { name: 'Send data' }).click()
  await page.getByLabel('Speed').selectOption('max')
  await page.getByRole('button', { name: 'Play' }).click()
  await expect(page.getByRole('button', { name: 'Play' })).toBeDisabled({ timeout: 15_000 })
  const diagram = page.getByRole('group', { name: 'Sequence diagram: time flows down' })
  const box = page.getByRole('group', { name: 'Sequence diagram, scrollable' })
  await box.scrollIntoViewIfNeeded()
  // The drawing fits the inside of its box: it scrolls down, never sideways.
  expect(await box.evaluate((el) => el.scrollWidth - el.clientWidth)).toBe(0)
  // Every segment of the run is in the list, and the last one is drawn where the box has scrolled.
  const heading = page.getByRole('heading', { name: /Segments/ })
  await expect(async () => {
    const count = Number((await heading.textContent())?.match(/\d+/)?.[0])
    expect(count).toBeGreaterThan(10)
    await expect(diagram.getByText(`#${count}`, { exact: false }).first()).toBeInViewport({ timeout: 1000 })
  }).toPass()
  // Scrolling back to the start shows the first segment, and the box stays where the reader put it.
  await box.evaluate((el) => el.scrollTo({ top: 0 }))
  await expect(diagram.getByText('#1', { exact: true })).toBeInViewport()
  await page.waitForTimeout(300)
  expect(await box.evaluate((el) => el.scrollTop)).toBe(0)
})

/**
 * The playground on a shared link that opens a connection and hands 40,000 bytes to SEND: a run of
 * a few hundred events, whose first data step sends a whole window of segments at once.
 */
async function openBulkSend(page: Page, bytes = 40_000): Promise<SimState> {
  const start = applyActions(createSimulation(), [
    { type: 'listen', host: 'server' },
    { type: 'connect', host: 'client' },
    { type: 'send', host: 'client', bytes },
  ])
  await page.goto(`/en/playground/?sim=${encodeRecording(recordingOf(start))}`)
  await expect(sides(page).lastEvent).toHaveText('Opened a shared simulation.')
  return start
}

/**
 * One property of an element, read in the page in every animation frame while the run plays (while
 * the Play button reads Pause); resolves once it stops. Start it before pressing Play.
 */
function readEveryFrameWhilePlaying(element: Locator, property: 'scrollTop' | 'textContent'): Promise<unknown[]> {
  return element.evaluate(
    (el, { property, pauseName }) =>
      new Promise<unknown[]>((resolve) => {
        const readings: unknown[] = []
        const playing = () => [...document.querySelectorAll('button')].some((b) => b.textContent === pauseName)
        const frame = () => {
          if (playing()) readings.push(el[property])
          else if (readings.length > 0) return resolve(readings)
          requestAnimationFrame(frame)
        }
        requestAnimationFrame(frame)
      }),
    { property, pauseName: 'Pause' },
  )
}

test('at the fastest speed the diagram follows "now" while the run plays', async ({ page }) => {
  // One event in every animation frame, for a few hundred frames.
  await openBulkSend(page, 250_000)
  await page.getByLabel('Speed').selectOption('max')
  const box = page.getByRole('group', { name: 'Sequence diagram, scrollable' })
  const whilePlaying = readEveryFrameWhilePlaying(box, 'scrollTop')
  await page.getByRole('button', { name: 'Play' }).click()
  // Too fast to tell each event: the box says so instead, and tells the last events once it stops.
  const lastEvent = sides(page).lastEvent
  await expect(lastEvent).toHaveText('Playing at the Fastest speed, too fast to tell each event. Pause to read the last ones.')
  await expect(page.getByRole('button', { name: 'Play' })).toBeDisabled({ timeout: 30_000 })
  await expect(lastEvent).toContainText(/receives segment \d+/)
  await expect(lastEvent).not.toContainText('Fastest')
  const tops = (await whilePlaying).map(Number)
  expect(tops.length).toBeGreaterThan(100)
  // Followed during the run, not only once it stopped (the last reading may be after the last event).
  expect(Math.max(...tops.slice(0, -1))).toBeGreaterThan(500)
  // It follows in jumps of most of the box, not a little on every event.
  const moves = tops.filter((top, i) => i > 0 && top !== tops[i - 1])
  expect(moves.length).toBeGreaterThan(0)
  expect(moves.length).toBeLessThan(tops.length / 4)
  await expect(page.getByRole('group', { name: 'Sequence diagram: time flows down' }).getByText('#1', { exact: true })).not.toBeInViewport()
})

test('after a run at the fastest speed the segment list shows the whole run', async ({ page }) => {
  const start = await openBulkSend(page)
  let end = start
  while (!isQuiescent(end)) end = applyAction(end, { type: 'step' })
  const segments = end.trace.filter((e) => e.type === 'segment_sent').length
  await page.getByLabel('Speed').selectOption('max')
  const heading = page.getByRole('heading', { name: /^Segments/ })
  const list = page.getByRole('group', { name: 'Segment list, scrollable' })
  await page.getByRole('button', { name: 'Play' }).click()
  await expect(page.getByRole('button', { name: 'Play' })).toBeDisabled({ timeout: 30_000 })
  // Every segment counted, and none of the rows drawn still waits for a fate (the run delivered them all).
  await expect(heading).toHaveText(`Segments (${segments} segments)`)
  await expect(list.getByRole('row')).not.toHaveCount(1)
  // Every fate is settled: the rows offer only Why.
  await expect(list.getByRole('button', { name: /Choose its fate/ })).toHaveCount(0)
  await expect(list.getByRole('button', { name: /^Why was segment \d+ sent\?$/ })).not.toHaveCount(0)
  await list.scrollIntoViewIfNeeded()
  await expect(list.getByRole('row').nth(1)).toContainText('delivered')
})

test('a step that sends a whole window is summed up and moves nothing below it', async ({ page }) => {
  await openBulkSend(page)
  const s = sides(page)
  await ready(page)
  const list = page.getByRole('group', { name: 'Segment list, scrollable' })
  const stateDiagram = page.getByRole('group', { name: 'State diagram, scrollable' })
  await s.step.click()
  await expect(list.getByRole('row')).not.toHaveCount(1)
  const before = { list: await list.boundingBox(), status: await s.lastEvent.boundingBox(), below: await stateDiagram.boundingBox() }
  // The handshake's last ACK, then the step that sends the window of data segments.
  await clickUntil(s.step, async () => /more events in this step/.test((await s.lastEvent.textContent()) ?? ''))
  await expect(s.lastEvent).toContainText('Client sends ACK, seq 101, ack 301')
  await expect(s.lastEvent).toHaveText(/^([^.]+\. ){5}\d+ more events in this step$/)
  expect(await list.boundingBox()).toEqual(before.list)
  expect((await s.lastEvent.boundingBox())?.height).toBe(before.status?.height)
  expect(await stateDiagram.boundingBox()).toEqual(before.below)
})

test('the Chinese playground names every control in Chinese', async ({ page }) => {
  await page.goto('/zh/playground/')
  const server = page.getByRole('group', { name: '服务器', exact: true })
  await clickUntil(server.getByRole('button', { name: '监听' }), async () => (await page.getByLabel('服务器状态').textContent()) === 'LISTEN')
  await expect(page.getByRole('button', { name: '重置' })).toBeEnabled()
  await page.getByRole('group', { name: '客户端', exact: true }).getByRole('button', { name: '连接' }).click()
  await page.getByRole('button', { name: '单步', exact: true }).click()
  await expect(page.getByLabel('服务器状态')).toHaveText('SYN-RECEIVED')
  await expect(page.getByRole('status', { name: '刚刚发生' })).toContainText('服务器：LISTEN → SYN-RECEIVED')
})

test.describe('on a 360 px screen', () => {
  test.use({ viewport: { width: 360, height: 740 } })
  test('the playground fits the width and still steps', async ({ page }) => {
    await page.goto('/en/playground/')
    await openConnection(page)
    await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360)
  })

  test('a lesson simulator keeps every label inside its drawing', async ({ page }) => {
    await page.goto('/en/lessons/three-way-handshake/')
    const widget = page.getByRole('region', { name: /^Simulator/ }).first()
    await ready(widget)
    const s = sides(widget)
    for (let i = 0; i < 4 && (await s.serverState.textContent()) !== 'SYN-RECEIVED'; i++) {
      const before = await s.lastEvent.textContent()
      await s.step.click()
      await expect(s.lastEvent).not.toHaveText(before ?? '')
    }
    await expect(s.serverState).toHaveText('SYN-RECEIVED')
    // The server's retransmission timer runs: its "time left" label has little room beside the lane.
    const diagram = widget.getByRole('group', { name: 'Sequence diagram: time flows down' })
    await expect(diagram).toContainText('left')
    const outside = await diagram.evaluate((svg) => {
      const width = (svg as SVGSVGElement).width.baseVal.value
      return [...svg.querySelectorAll('text')]
        .map((text) => ({ text: text.textContent, box: text.getBBox() }))
        .filter(({ box }) => box.x < -1 || box.x + box.width > width + 1)
        .map(({ text }) => text)
    })
    expect(outside).toEqual([])
  })
})

test('the playground has no serious accessibility violations', async ({ page }) => {
  await page.goto('/en/playground/')
  await openConnection(page)
  await sides(page).client.getByRole('button', { name: 'Close' }).click()
  const results = await new AxeBuilder({ page }).analyze()
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
  expect(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([])
})

test('export saves the trace as text and the diagram as an SVG file', async ({ page }) => {
  await page.goto('/en/playground/')
  await openConnection(page)
  await page.getByRole('button', { name: 'Export' }).click()
  const [text] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Trace as text (.txt)' }).click()])
  expect(text.suggestedFilename()).toBe('tcp-trace-playground.txt')
  const trace = await readDownload(await text.createReadStream())
  expect(trace).toContain('Client sends SYN, seq 100')
  expect(trace).toContain('Server: SYN-RECEIVED → ESTABLISHED')

  await page.getByRole('button', { name: 'Export' }).click()
  const [svg] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Diagram as SVG (.svg)' }).click()])
  expect(svg.suggestedFilename()).toBe('tcp-sequence-playground.svg')
  const drawing = await readDownload(await svg.createReadStream())
  expect(drawing).toContain('xmlns="http://www.w3.org/2000/svg"')
  expect(drawing).toContain('SYN=1, ACK=1,')
  expect(drawing).not.toContain('var(--sim-')
})

async function readDownload(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = []
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Buffer))
  return Buffer.concat(chunks).toString('utf8')
}

test.describe('with reduced motion', () => {
  test.use({ reducedMotion: 'reduce' })
  test('Play still steps through a scenario', async ({ page }) => {
    await page.goto('/en/playground/')
    await expect(async () => {
      await page.getByLabel('Scenario').selectOption('three-way-handshake', { timeout: 1000 })
      await expect(page.getByLabel('Server state', { exact: true })).toHaveText('LISTEN', { timeout: 1000 })
    }).toPass()
    await page.getByLabel('Speed').selectOption('fast')
    await page.getByRole('button', { name: 'Play' }).click()
    await expect(page.getByLabel('Server state', { exact: true })).toHaveText('ESTABLISHED')
    await expect(page.getByLabel('Client state', { exact: true })).toHaveText('ESTABLISHED')
  })
})

test('own keep-alive times in the playground turn the 2-hour dead-peer run into a 20-second one', async ({ page }) => {
  await page.goto('/en/playground/')
  await expect(async () => {
    await page.getByLabel('Scenario').selectOption('keepalive-dead-peer-linux', { timeout: 1000 })
    await expect(page.getByLabel('Server state', { exact: true })).toHaveText('ESTABLISHED', { timeout: 1000 })
  }).toPass()
  await page.getByRole('checkbox', { name: 'Own keep-alive times (like TCP_KEEPIDLE, TCP_KEEPINTVL, TCP_KEEPCNT)' }).check()
  await expect(page.getByLabel('Time between probes (s)')).toHaveValue('5')
  await expect(page.getByLabel('Unanswered probes before giving up')).toHaveValue('3')
  await page.getByLabel('Idle time before the first probe (s)').fill('20')
  await expect(page.getByText('Keep-alive times set for this simulator: the first probe after 20 s idle, then one every 5 s')).toBeVisible()
  const s = sides(page)
  await ready(page)
  await s.step.click()
  await expect(s.clientState).toHaveText('DOWN')
  await page.getByRole('button', { name: 'Skip ahead' }).click()
  await expect(s.clock).toHaveText('t = 20 s')
  await page.getByLabel('Speed').selectOption('max')
  await page.getByRole('button', { name: 'Play' }).click()
  await expect(s.serverState).toHaveText('CLOSED', { timeout: 15_000 })
  await expect(page.getByRole('table')).toContainText('RST')
})

test('in the playground Linux sends data with PSH and holds the ACK of a FIN 40 ms, and Delayed ACK turns that off', async ({ page }) => {
  await page.goto('/en/playground/')
  await expect(async () => {
    await page.getByLabel('Scenario').selectOption('whole-lifecycle', { timeout: 1000 })
    await expect(page.getByLabel('Server state', { exact: true })).toHaveText('LISTEN', { timeout: 1000 })
  }).toPass()
  await page.getByRole('combobox', { name: 'Profile', exact: true }).selectOption('linux')
  // Segments 1–3 open the connection, 4 carries 100 bytes (with PSH under Linux), 5 acknowledges them at once, 6 is the FIN.
  const ackOfFin = page.getByRole('row', { name: /^7 / })
  const playToEnd = async () => {
    await ready(page)
    await page.getByLabel('Speed').selectOption('max')
    await page.getByRole('button', { name: 'Play' }).click()
    await expect(page.getByLabel('Server state', { exact: true })).toHaveText('CLOSED')
  }
  await playToEnd()
  await expect(page.getByRole('row', { name: /^4 / })).toContainText('PSH,ACK')
  await expect(ackOfFin).toContainText('ACK')
  const linuxAt = Number((await ackOfFin.getByRole('cell').nth(1).textContent())!)

  await page.getByRole('combobox', { name: 'Delayed ACK' }).selectOption({ label: 'Off: acknowledge at once' })
  await expect(page.getByText('Delayed ACK set for this simulator: off, every ACK goes at once.')).toBeVisible()
  await playToEnd()
  const atOnce = Number((await ackOfFin.getByRole('cell').nth(1).textContent())!)
  expect(Math.round((linuxAt - atOnce) * 1000)).toBe(40)
})

test('stepping a lesson simulator to its end by keyboard leaves focus on Back, and the shortcuts still work', async ({ page }) => {
  const { widget, s } = await handshakeLessonWidget(page)
  await s.step.focus()
  for (let i = 0; i < 30 && (await s.step.isEnabled()); i++) await page.keyboard.press('Enter')
  await expect(s.step).toBeDisabled()
  await expect(widget.getByRole('button', { name: 'Back' })).toBeFocused()
  await page.keyboard.press('b')
  await expect(s.step).toBeEnabled()
  await page.keyboard.press('r')
  await expect(s.clientState).toHaveText('CLOSED')
})

test.describe('on a 360 × 780 phone', () => {
  test.use({ viewport: { width: 360, height: 780 } })

  test('a lesson simulator shows its state line, Step and the start of its diagram on the first screen, and no host actions', async ({ page }) => {
    await page.goto('/en/lessons/three-way-handshake/')
    const widget = page.getByRole('region', { name: 'Simulator: Three-way handshake' })
    await widget.evaluate((el) => el.scrollIntoView({ block: 'start' }))
    const s = sides(widget)
    await expect(s.clientState).toBeInViewport()
    await expect(s.step).toBeInViewport()
    const diagram = widget.getByRole('group', { name: 'Sequence diagram: time flows down' })
    expect((await diagram.boundingBox())!.y).toBeLessThan(780 - 60)
    await expect(widget.getByRole('button', { name: 'Listen', exact: true })).toHaveCount(0)
    await expect(widget.getByRole('button', { name: 'Export' })).toHaveCount(0)
  })

  test('tapping an arrow opens its fate choice beside it; Drop keeps the page still and shows the lost mark', async ({ page }) => {
    const { widget, s } = await handshakeLessonWidget(page)
    await s.step.click()
    await expect(s.clientState).toHaveText('SYN-SENT')
    const arrow = widget.getByRole('button', { name: /^Segment 1: SYN/ })
    await arrow.scrollIntoViewIfNeeded()
    const tapped = (await arrow.boundingBox())!
    const scrolled = await page.evaluate(() => window.scrollY)
    await arrow.click()
    const fates = widget.getByRole('group', { name: 'Fate of segment 1' })
    await expect(fates).toBeInViewport()
    const box = (await fates.boundingBox())!
    expect(Math.abs(box.y - (tapped.y + tapped.height / 2))).toBeLessThan(tapped.height / 2 + 60)
    expect(await page.evaluate(() => window.scrollY)).toBe(scrolled)
    await page.keyboard.press('2')
    await expect(fates).toHaveCount(0)
    await expect(s.step).not.toBeFocused()
    expect(await page.evaluate(() => window.scrollY)).toBe(scrolled)
    await expect(widget.getByRole('group', { name: 'Sequence diagram: time flows down' }).getByText('lost', { exact: true })).toBeInViewport()
  })

  test('the Export and Keyboard-shortcuts pop-overs open inside the screen', async ({ page }) => {
    await page.goto('/en/playground/')
    await ready(page)
    for (const name of ['Export', 'Keyboard shortcuts']) {
      const button = page.getByRole('button', { name })
      await button.click()
      const popover = page.locator(`[id="${await button.getAttribute('aria-controls')}"]`)
      await expect(popover).toBeVisible()
      const box = (await popover.boundingBox())!
      expect(box.x).toBeGreaterThanOrEqual(0)
      expect(box.x + box.width).toBeLessThanOrEqual(360)
      await button.click()
    }
  })
})

test('Copy as scenario gives a scenario file that replays to the run on screen', async ({ page }) => {
  await page.goto('/en/playground/')
  const s = await openConnection(page)
  await s.client.getByRole('button', { name: 'Close' }).click()
  await page.getByRole('table').getByRole('button', { name: /^Segment 4: FIN,ACK, client → server, in flight/ }).click()
  await page.getByRole('group', { name: 'Fate of segment 4' }).getByRole('button', { name: 'Drop' }).click()
  await page.getByRole('button', { name: 'Skip ahead' }).click()
  await page.getByRole('button', { name: 'Copy as scenario' }).click()
  const text = await page.getByLabel('Scenario text').inputValue()
  expect(text).toContain('client connect')
  const parsed = parseScenarioText(text)
  if (!parsed.ok) throw new Error(parsed.problems.map((p) => `${p.line}:${p.column} ${p.message}`).join('\n'))
  const replayed = runScenario(parsed.scenario)
  await expect(s.clientState).toHaveText(hostState(replayed, 'client') ?? 'DOWN')
  await expect(s.serverState).toHaveText(hostState(replayed, 'server') ?? 'DOWN')
  expect(replayed.trace).toContainEqual({ type: 'segment_dropped', time: expect.any(Number), id: 4, cause: 'fate' })
  expect(replayed.trace.filter((e) => e.type === 'segment_sent')).toHaveLength(await page.getByRole('table').getByRole('row').count() - 1)
})

test('Share in a lesson links back to the lesson with that simulator at the same point', async ({ page, context }) => {
  const title = 'Your turn: lose a segment of the handshake'
  const { widget, s } = await handshakeLessonWidget(page, title)
  await s.step.click()
  await widget.getByRole('button', { name: /^Segment 1: SYN, client → server, in flight/ }).click()
  await widget.getByRole('group', { name: 'Fate of segment 1' }).getByRole('button', { name: 'Drop' }).click()
  await widget.getByRole('button', { name: 'Skip ahead' }).click()
  await expect(s.lastEvent).toContainText('Client retransmits SYN')
  await widget.getByRole('button', { name: 'Share' }).click()
  const link = await widget.getByLabel('Share link').inputValue()
  expect(link).toMatch(/\/en\/lessons\/three-way-handshake\/\?sim=[^&]+&at=3$/)

  const other = await context.newPage()
  await other.goto(link)
  const restored = other.getByRole('region', { name: `Simulator: ${title}` })
  const o = sides(restored)
  await expect(o.lastEvent).toHaveText('Opened a shared simulation.')
  await expect(restored).toBeFocused()
  await expect(restored).toBeInViewport()
  await expect(o.clientState).toHaveText('SYN-SENT')
  await expect(restored.getByRole('group', { name: 'Sequence diagram: time flows down' }).getByText('lost', { exact: true })).toBeVisible()
  // The lesson's other simulators still start at the beginning.
  await expect(sides(other.getByRole('region', { name: 'Simulator: Three-way handshake' })).clientState).toHaveText('CLOSED')
  await restored.getByRole('button', { name: 'Back' }).click()
  await expect(o.lastEvent).toHaveText('Back: undid one step.')
})

test('skip ahead waits while a segment would arrive first, then fires the timer it names', async ({ page }) => {
  const { widget, s } = await handshakeLessonWidget(page)
  await s.step.click()
  await expect(s.clientState).toHaveText('SYN-SENT')
  const skip = widget.getByRole('button', { name: 'Skip ahead' })
  // The SYN is on its way and its SYN,ACK would stop the timer: skipping would not reach it.
  await expect(skip).toBeDisabled()
  await expect(widget.getByText(/^A segment arrives before the Client retransmission timer/)).toBeVisible()

  await s.step.click()
  await s.step.click()
  await expect(s.clientState).toHaveText('ESTABLISHED')
  await expect(s.lastEvent).not.toContainText('retransmits')
})

test('after a drop and a retransmission no label of the diagram covers another', async ({ page }) => {
  const { widget, s } = await handshakeLessonWidget(page, 'Your turn: lose a segment of the handshake')
  await s.step.click()
  await widget.getByRole('button', { name: /^Segment 1: SYN, client → server, in flight/ }).click()
  await widget.getByRole('group', { name: 'Fate of segment 1' }).getByRole('button', { name: 'Drop' }).click()
  await widget.getByRole('button', { name: 'Skip ahead' }).click()
  for (let i = 0; i < 3; i++) await s.step.click()
  await expect(s.clientState).toHaveText('ESTABLISHED')

  const boxes = await widget
    .getByRole('group', { name: 'Sequence diagram: time flows down' })
    .locator('text')
    .evaluateAll((texts) =>
      texts
        .map((t) => ({ text: t.textContent ?? '', box: (t as SVGTextElement).getBBox() }))
        .filter(({ text, box }) => text.trim() !== '' && box.width > 0)
        .map(({ text, box }) => ({ text, x: box.x, y: box.y, w: box.width, h: box.height })),
    )
  expect(boxes.length).toBeGreaterThan(8)
  const overlaps: string[] = []
  boxes.forEach((a, i) =>
    boxes.slice(i + 1).forEach((b) => {
      const dx = Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x)
      const dy = Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y)
      if (dx > 1 && dy > 1) overlaps.push(`"${a.text}" and "${b.text}"`)
    }),
  )
  expect(overlaps).toEqual([])
})

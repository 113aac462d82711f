'use client'

import { useEffect, useState, type RefObject } from 'react'
import { CopiedText } from './copied-text'
import type { Translate } from './format'
import { recordingFromSearch, shareUrl, widgetFromSearch } from './share'
import type { SimulatorStore } from './simulator-store'

/** Marks a simulator's section so a link can name it by its place on the page. */
export const WIDGET_ATTRIBUTE = 'data-simulator'

/** This simulator's place among the page's simulators, counted from 1. */
function placeOnPage(section: HTMLElement): number {
  return [...document.querySelectorAll(`[${WIDGET_ATTRIBUTE}]`)].indexOf(section) + 1
}

/**
 * On a lesson page, opens the run a link names when the link is for this simulator: the run
 * replaces the scenario's start, and the page scrolls to it. A link made for another scenario,
 * or one that cannot be read, leaves the start and says so.
 */
export function useLessonLink(api: SimulatorStore, section: RefObject<HTMLElement | null>, enabled: boolean) {
  useEffect(() => {
    const element = section.current
    const at = widgetFromSearch(window.location.search)
    if (!enabled || !element || at === null || placeOnPage(element) !== at) return
    const recording = recordingFromSearch(window.location.search)
    if (recording === undefined) return
    const scenario = api.getState().setup.scenarioId
    api.getState().restore(recording && recording.scenario === scenario ? recording : null)
    element.scrollIntoView({ block: 'start' })
    element.focus({ preventScroll: true })
  }, [api, section, enabled])
}

/** A share link made and whether it reached the clipboard. */
export type SharedLink = { url: string; copied: boolean }

/**
 * Share: makes a link to this run and copies it. From a lesson the link opens the lesson with
 * this simulator at the same point; from the playground it opens the playground.
 */
export function useShare(api: SimulatorStore, section: RefObject<HTMLElement | null>, onLesson: boolean) {
  const [shared, setShared] = useState<SharedLink | null>(null)
  const share = async () => {
    const { origin, pathname } = window.location
    const at = onLesson && section.current ? placeOnPage(section.current) : undefined
    const url = shareUrl(origin + pathname, api.getState().frame.sim, api.getState().setup.scenarioId, at)
    const copied = await navigator.clipboard.writeText(url).then(
      () => true,
      () => false,
    )
    setShared({ url, copied })
  }
  return [shared, share] as const
}

/** The link Share made, selectable when the clipboard refused it. */
export function SharedLinkBox({ shared, t }: { shared: SharedLink; t: Translate }) {
  return <CopiedText status={shared.copied ? t('share.copied') : t('share.fallback')} label={t('share.field')} text={shared.url} />
}

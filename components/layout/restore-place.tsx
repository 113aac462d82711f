'use client'

import { useEffect } from 'react'
import { restorePlace } from './keep-place'

/**
 * Placed after a lesson's text: when the reader arrived by switching language, scrolls to the
 * section they were reading. It mounts after the text it scrolls to, so the headings exist.
 */
export function RestorePlace() {
  useEffect(() => restorePlace(window.location.pathname), [])
  return null
}

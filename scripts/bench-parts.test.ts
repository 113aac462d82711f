import { describe, expect, it } from 'vitest'
import { isFullRun, needsBuild, PARTS, selectParts } from './bench-parts'

describe('selectParts', () => {
  it('runs every part by default', () => {
    expect(selectParts([])).toEqual(['size', 'css', 'engine', 'frames', 'lighthouse', 'load', 'scale'])
  })

  it('runs only the named parts, in bench order', () => {
    expect(selectParts(['--only=scale'])).toEqual(['scale'])
    expect(selectParts(['--only=load,css'])).toEqual(['css', 'load'])
  })

  it('runs all but the skipped parts', () => {
    expect(selectParts(['--skip=scale'])).toEqual(['size', 'css', 'engine', 'frames', 'lighthouse', 'load'])
  })

  it('refuses a part that does not exist, naming the parts there are', () => {
    expect(() => selectParts(['--only=scael'])).toThrow(/no part scael; the parts are size, css/)
    expect(() => selectParts(['--skip='])).toThrow(/names no part/)
  })

  it('refuses --only= and --skip= together', () => {
    expect(() => selectParts(['--only=css', '--skip=scale'])).toThrow(/one --only= or one --skip=/)
  })
})

describe('needsBuild', () => {
  it("builds the course for parts measured on its build, not for the engine or the scale part's own copies", () => {
    expect(needsBuild(['scale'])).toBe(false)
    expect(needsBuild(['engine', 'scale'])).toBe(false)
    for (const part of ['size', 'css', 'frames', 'lighthouse', 'load'] as const) expect(needsBuild([part])).toBe(true)
  })
})

describe('isFullRun', () => {
  it('is a full run only when every part ran', () => {
    expect(isFullRun([...PARTS])).toBe(true)
    expect(isFullRun(selectParts(['--skip=scale']))).toBe(false)
  })
})

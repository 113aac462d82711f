import { describe, expect, it } from 'vitest'
import { extractInlineScripts, extractInlineStyles } from './inline-content'

describe('extractInlineScripts', () => {
  it('returns the raw text of each inline script, in order, untouched', () => {
    const html =
      '<head><script>(function(){var a="&amp;<b>"})()</script></head>' +
      '<body><script id="_R_">self.__next_f.push([1,"x"])</script><script>\nlast\n</script></body>'
    expect(extractInlineScripts(html)).toEqual(['(function(){var a="&amp;<b>"})()', 'self.__next_f.push([1,"x"])', '\nlast\n'])
  })

  it('skips scripts loaded from a file, empty scripts and data blocks', () => {
    const html =
      '<script src="/_next/static/chunks/a.js" async=""></script>' +
      "<script async src='/b.js'></script>" +
      '<script></script>' +
      '<script type="application/ld+json">{"@type":"Course"}</script>' +
      '<script type="module">import("/c.js")</script>' +
      '<script type="text/javascript">run()</script>'
    expect(extractInlineScripts(html)).toEqual(['import("/c.js")', 'run()'])
  })

  it('reads attributes whose values hold ">" and tags in any case', () => {
    const html = '<SCRIPT data-note="a > b">one()</SCRIPT ><script nomodule>two()</script>'
    expect(extractInlineScripts(html)).toEqual(['one()', 'two()'])
  })

  it('does not mistake a data-src attribute for src', () => {
    expect(extractInlineScripts('<script data-src="x">three()</script>')).toEqual(['three()'])
  })
})

describe('extractInlineStyles', () => {
  it('returns the text of each non-empty style element', () => {
    expect(extractInlineStyles('<style>body{margin:0}</style><style></style><style media="print">a{}</style>')).toEqual([
      'body{margin:0}',
      'a{}',
    ])
  })
})

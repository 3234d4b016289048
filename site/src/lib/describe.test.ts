import { describe, expect, it } from 'vitest'

import { summarize } from './describe'

describe('meta descriptions from rich text', () => {
  it('drops tags and decodes entities', () => {
    expect(summarize('<p>Kurs i <strong>rekneskap</strong> &amp; skatt</p>')).toBe(
      'Kurs i rekneskap & skatt',
    )
  })

  it('cuts long text at a word with an ellipsis, within the length search engines show', () => {
    const long = `<p>${'Ord '.repeat(80)}</p>`
    const d = summarize(long)!
    expect(d.length).toBeLessThanOrEqual(155)
    expect(d).toMatch(/Ord…$/)
  })

  it('gives nothing for empty text, so the page falls back to its own summary', () => {
    expect(summarize('<p></p>')).toBeUndefined()
  })
})

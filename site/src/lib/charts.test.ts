import { XMLParser } from 'fast-xml-parser'
import { describe, expect, it } from 'vitest'

import { barChartSvg, CHART_COLOURS, chartTable, largestShare } from './charts'

const input = {
  id: 'by-section',
  title: 'Verksemder etter næring',
  description: 'Tal på aktive verksemder i Vinje etter næring.',
  labelHeading: 'Næring',
  valueHeading: 'Verksemder',
  data: [
    { label: 'Bygge- og anleggsverksemd', value: 42 },
    { label: 'Jordbruk, skogbruk og fiske', value: 1234 },
    { label: 'Overnatting & servering <I>', value: 0 },
  ],
}

const parse = (svg: string) =>
  new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '',
    textNodeName: '#text',
    isArray: (name) => ['g', 'text', 'rect'].includes(name),
  }).parse(svg).svg

/** WCAG 2 relative luminance and contrast ratio. */
function contrast(a: string, b: string): number {
  const lum = (hex: string) => {
    const [r, g, bl] = [1, 3, 5]
      .map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
      .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4))
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl
  }
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x)
  return (hi + 0.05) / (lo + 0.05)
}

describe('an SVG bar chart', () => {
  const svg = parse(barChartSvg(input))

  it('is an image named by its title and described by its description', () => {
    expect(svg.role).toBe('img')
    expect(svg['aria-labelledby']).toBe('by-section-title by-section-desc')
    expect(svg.title).toEqual({ id: 'by-section-title', '#text': 'Verksemder etter næring' })
    expect(svg.desc).toEqual({
      id: 'by-section-desc',
      '#text': 'Tal på aktive verksemder i Vinje etter næring.',
    })
  })

  it('shows every label and value as visible text, escaped', () => {
    const texts = svg.g.flatMap((g: { text: { '#text': string | number }[] }) =>
      g.text.map((t) => String(t['#text'])),
    )
    expect(texts).toEqual([
      'Bygge- og anleggsverksemd',
      '42',
      'Jordbruk, skogbruk og fiske',
      '1\u00a0234',
      'Overnatting & servering <I>',
      '0',
    ])
  })

  it('scales the bars to the largest value', () => {
    const widths = svg.g.map((g: { rect: { width: string }[] }) => Number(g.rect[0].width))
    expect(widths[1]).toBe(300)
    expect(widths[0]).toBeCloseTo((42 / 1234) * 300, 0)
    expect(widths[2]).toBe(0)
  })

  it('uses colours with enough contrast on the white background', () => {
    expect(contrast(CHART_COLOURS.text, CHART_COLOURS.background)).toBeGreaterThanOrEqual(4.5) // text, WCAG 1.4.3
    expect(contrast(CHART_COLOURS.bar, CHART_COLOURS.background)).toBeGreaterThanOrEqual(3) // graphics, WCAG 1.4.11
    expect(contrast(CHART_COLOURS.grid, CHART_COLOURS.background)).toBeGreaterThanOrEqual(3)
    expect(svg.fill).toBe(CHART_COLOURS.text)
  })

  it('keeps ids safe and distinct per chart', () => {
    expect(parse(barChartSvg({ ...input, id: 'per år 2026' }))['aria-labelledby']).toBe(
      'per--r-2026-title per--r-2026-desc',
    )
  })

  it('formats numbers in English for the English page', () => {
    const en = parse(barChartSvg({ ...input, locale: 'en' }))
    expect(String(en.g[1].text[1]['#text'])).toBe('1,234')
  })

  it('draws an empty chart without dividing by zero', () => {
    const empty = parse(barChartSvg({ ...input, data: [{ label: 'Ingen', value: 0 }] }))
    expect(empty.g[0].rect[0].width).toBe('0')
  })
})

describe('the same numbers as a table', () => {
  it('has the title as caption, the headings and one row per bar', () => {
    expect(chartTable(input)).toEqual({
      caption: 'Verksemder etter næring',
      headings: ['Næring', 'Verksemder'],
      rows: [
        ['Bygge- og anleggsverksemd', '42'],
        ['Jordbruk, skogbruk og fiske', '1\u00a0234'],
        ['Overnatting & servering <I>', '0'],
      ],
    })
  })

  it('names the largest group for the description', () => {
    expect(largestShare(input.data)).toBe(
      'Flest i «Jordbruk, skogbruk og fiske» (1\u00a0234 av 1\u00a0276).',
    )
    expect(largestShare(input.data, 'en')).toBe(
      'Most in “Jordbruk, skogbruk og fiske” (1,234 of 1,276).',
    )
    expect(largestShare([], 'en')).toBe('No businesses to show.')
  })
})

/**
 * Bar charts rendered at build time as plain SVG: no client JavaScript. Each chart is an image
 * with a title and a description for screen readers (role="img", <title>, <desc>), visible labels
 * and values, colours with enough contrast on white, and the same numbers as table data so the
 * page can show them as a real <table> next to the chart.
 */
import type { Locale } from '../../../common/locales'

export interface ChartDatum {
  label: string
  value: number
}

export interface BarChartInput {
  /** Unique on the page: the ids of <title> and <desc> are made from it. */
  id: string
  title: string
  /** One or two sentences saying what the chart shows and its main finding. */
  description: string
  data: ChartDatum[]
  /** Heading of the value column in the table, e.g. "Verksemder". */
  valueHeading: string
  /** Heading of the label column in the table, e.g. "Næring". */
  labelHeading: string
  locale?: Locale
}

export interface ChartTable {
  caption: string
  headings: [string, string]
  rows: [string, string][]
}

/** Colours checked against the white background (see charts.test.ts for the ratios). */
export const CHART_COLOURS = {
  background: '#ffffff',
  bar: '#0b5a4a',
  text: '#1b1f23',
  grid: '#6b7680',
} as const

const ROW = 28
const BAR = 18
const FONT = 14
const PAD = 8
const BAR_AREA = 300
const VALUE_AREA = 64
/** A rough width of one character at 14px, enough to keep labels inside the image. */
const CHAR_WIDTH = 7.4

const escapeXml = (s: string) =>
  s.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!,
  )

const formatNumber = (n: number, locale: Locale) =>
  new Intl.NumberFormat(locale === 'nn' ? 'nn-NO' : 'en-GB').format(n)

const safeId = (id: string) => id.replace(/[^A-Za-z0-9_-]/g, '-')

/** A horizontal bar chart: labels left, bars scaled to the largest value, the value after each bar. */
export function barChartSvg(input: BarChartInput): string {
  const locale = input.locale ?? 'nn'
  const id = safeId(input.id)
  const labelWidth = Math.ceil(
    Math.min(360, Math.max(60, ...input.data.map((d) => d.label.length * CHAR_WIDTH))),
  )
  const width = PAD + labelWidth + PAD + BAR_AREA + PAD + VALUE_AREA
  const height = PAD * 2 + Math.max(1, input.data.length) * ROW
  const max = Math.max(0, ...input.data.map((d) => d.value))
  const barX = PAD + labelWidth + PAD

  const rows = input.data.map((d, i) => {
    const y = PAD + i * ROW
    const barWidth = max > 0 ? Math.round((d.value / max) * BAR_AREA * 10) / 10 : 0
    const textY = y + ROW / 2
    return [
      `<g>`,
      `<text x="${PAD + labelWidth}" y="${textY}" text-anchor="end" dominant-baseline="middle">${escapeXml(d.label)}</text>`,
      `<rect x="${barX}" y="${y + (ROW - BAR) / 2}" width="${barWidth}" height="${BAR}" fill="${CHART_COLOURS.bar}"></rect>`,
      `<text x="${barX + barWidth + 6}" y="${textY}" dominant-baseline="middle">${escapeXml(formatNumber(d.value, locale))}</text>`,
      `</g>`,
    ].join('')
  })

  return [
    `<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-labelledby="${id}-title ${id}-desc" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" style="max-width:100%;height:auto" font-family="system-ui, sans-serif" font-size="${FONT}" fill="${CHART_COLOURS.text}">`,
    `<title id="${id}-title">${escapeXml(input.title)}</title>`,
    `<desc id="${id}-desc">${escapeXml(input.description)}</desc>`,
    `<rect width="${width}" height="${height}" fill="${CHART_COLOURS.background}"></rect>`,
    `<line x1="${barX}" y1="${PAD}" x2="${barX}" y2="${height - PAD}" stroke="${CHART_COLOURS.grid}" stroke-width="1"></line>`,
    ...rows,
    `</svg>`,
  ].join('\n')
}

/** The chart's numbers for a <table>: the accessible and copyable form of the same data. */
export function chartTable(input: BarChartInput): ChartTable {
  const locale = input.locale ?? 'nn'
  return {
    caption: input.title,
    headings: [input.labelHeading, input.valueHeading],
    rows: input.data.map((d) => [d.label, formatNumber(d.value, locale)]),
  }
}

/** "Flest i Bygge- og anleggsverksemd (42 av 310)": a finding for the description, from the data. */
export function largestShare(data: ChartDatum[], locale: Locale = 'nn'): string {
  const total = data.reduce((sum, d) => sum + d.value, 0)
  const top = [...data].sort((a, b) => b.value - a.value)[0]
  if (!top || total === 0)
    return locale === 'nn' ? 'Ingen verksemder å vise.' : 'No businesses to show.'
  const of = `${formatNumber(top.value, locale)} ${locale === 'nn' ? 'av' : 'of'} ${formatNumber(total, locale)}`
  return locale === 'nn' ? `Flest i «${top.label}» (${of}).` : `Most in “${top.label}” (${of}).`
}

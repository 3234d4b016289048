/** The English labels Payload hard-codes in its editor and date picker, in Nynorsk. */
import { type ComponentType, createElement } from 'react'
import DatePickerModule from 'react-datepicker'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'

import { forbiddenIn } from '../../test/admin-language/words'
import { nynorskForHardCodedLabel, nynorskForHardCodedText } from './hardCodedLabels'

// The package's CommonJS build puts the component under `default`, as Payload's DatePicker unwraps it.
// (Typed loosely: the class's defaultProps do not fit its own props type under React 19's types.)
const DatePicker = ('default' in DatePickerModule
  ? DatePickerModule.default
  : DatePickerModule) as unknown as ComponentType<Record<string, unknown>>

const DATE_PICKER = ['.react-datepicker']

describe('hard-coded editor and date-picker labels', () => {
  it.each([
    ['Add block', [], 'Legg til blokk'],
    ['Edit link', [], 'Rediger lenkja'],
    ['Remove link', [], 'Fjern lenkja'],
    ['Choose Date and Time', [], 'Vel dato og tid'],
    ['Previous Month', [], 'Førre månad'],
    ['Next Month', [], 'Neste månad'],
    ['Close toast', [], 'Lukk varselet'],
    ['Choose onsdag 2. desember 2026', DATE_PICKER, 'Vel onsdag 2. desember 2026'],
    [
      'Not available laurdag 5. desember 2026',
      DATE_PICKER,
      'Ikkje tilgjengeleg: laurdag 5. desember 2026',
    ],
    ['week 49', DATE_PICKER, 'veke 49'],
    ['Edit Reiseliv', ['.relationship--multi-value-label'], 'Rediger Reiseliv'],
  ])('"%s" (in %j) becomes "%s", which the language walk accepts', (english, within, nynorsk) => {
    expect(forbiddenIn(english)).not.toEqual([])
    expect(nynorskForHardCodedLabel(english, within)).toBe(nynorsk)
    expect(forbiddenIn(nynorsk)).toEqual([])
  })

  it('leaves every other label alone, and a document called "Choose …" outside the picker', () => {
    expect(nynorskForHardCodedLabel('Legg til rad')).toBeNull()
    expect(nynorskForHardCodedLabel('Vinje Bygg AS')).toBeNull()
    expect(nynorskForHardCodedLabel('Choose Vinje')).toBeNull()
    expect(nynorskForHardCodedLabel('Edit Reiseliv')).toBeNull()
  })
})

/** The picker as Payload draws it (no words passed in), with the texts of its English defaults. */
function pickerTexts(props: Record<string, unknown>): { selector: string; text: string }[] {
  const html = renderToStaticMarkup(
    createElement(DatePicker, {
      inline: true,
      selected: new Date('2026-12-02T11:00:00Z'),
      onChange: () => undefined,
      ...props,
    }),
  )
  return [...html.matchAll(/<(?:div|span) class="([^"]+)">([^<]+)</g)].flatMap(
    ([, classes, text]) =>
      [
        'react-datepicker-time__header',
        'react-datepicker-time__caption',
        'react-datepicker__navigation-icon',
      ]
        .filter((c) => classes.split(' ').includes(c))
        .map((c) => ({ selector: `.${c}`, text })),
  )
}

describe('the date picker’s own words outside our date fields (scheduled publishing, filters)', () => {
  it.each([
    ['the time list (date and time)', { showTimeSelect: true, showTimeSelectOnly: true }],
    ['the month buttons', { showTimeSelect: false }],
    ['the time input', { showTimeInput: true }],
  ])('%s: every English text the installed react-datepicker writes becomes Nynorsk', (_, props) => {
    const texts = pickerTexts(props)
    expect(texts.length).toBeGreaterThan(0)
    for (const { selector, text } of texts) {
      expect(forbiddenIn(text)).not.toEqual([])
      const nynorsk = nynorskForHardCodedText(text, selector)
      expect(nynorsk, `${selector} "${text}"`).not.toBeNull()
      expect(forbiddenIn(nynorsk!)).toEqual([])
    }
  })

  it('says "Tid", "Førre månad" and "Neste månad"', () => {
    expect(nynorskForHardCodedText('Time', '.react-datepicker-time__header')).toBe('Tid')
    expect(nynorskForHardCodedText('Time', '.react-datepicker-time__caption')).toBe('Tid')
    expect(nynorskForHardCodedText('Previous Month', '.react-datepicker__navigation-icon')).toBe(
      'Førre månad',
    )
    expect(nynorskForHardCodedText('Next Month', '.react-datepicker__navigation-icon')).toBe(
      'Neste månad',
    )
    expect(nynorskForHardCodedText('Next Year', '.react-datepicker__navigation-icon')).toBe(
      'Neste år',
    )
  })

  it("the month grid's label and the time input's placeholder, as the installed picker writes them", () => {
    const html = renderToStaticMarkup(
      createElement(DatePicker, {
        inline: true,
        selected: new Date('2026-12-02T11:00:00Z'),
        onChange: () => undefined,
        showTimeInput: true,
      }),
    )
    const month = /aria-label="(Month [^"]+)"/.exec(html)?.[1]
    const placeholder = /placeholder="([^"]+)"/.exec(html)?.[1]
    expect(month).toBeDefined()
    expect(placeholder).toBe('Time')
    expect(nynorskForHardCodedLabel(month!, DATE_PICKER)).toMatch(/^månad /)
    expect(nynorskForHardCodedLabel(placeholder!, DATE_PICKER)).toBe('Tid')
    // Outside a picker "Time" may be a document's own title: left alone.
    expect(nynorskForHardCodedLabel('Time')).toBeNull()
  })

  it('leaves "Time" elsewhere, and words our own fields already gave the picker, alone', () => {
    expect(nynorskForHardCodedText('Time', '.field-label')).toBeNull()
    expect(nynorskForHardCodedText('Tid', '.react-datepicker-time__header')).toBeNull()
  })
})

import { describe, expect, it } from 'vitest'

import { eventLd, serializeJsonLd } from './jsonLd'
import { eventSchema } from './schemas'

const HOSTILE = 'Møte </script><script>alert(document.cookie)</script> & <!-- meir'

/** Where an HTML parser ends a script element: at the first `</script`, whatever the JSON says. */
const scriptEnd = (body: string) => body.search(/<\/script/i)

const hostileEvent = eventSchema.parse({
  id: 1,
  title: { nn: HOSTILE, en: null },
  slug: { nn: 'mote', en: null },
  kind: 'other',
  startsAt: '2027-03-27T09:00:00.000Z',
  venue: { nn: 'Vinje rådhus' },
  organiser: null,
  topics: [],
  descriptionHtml: {},
  updatedAt: '2027-01-01T00:00:00.000Z',
})

describe('JSON-LD in a script element', () => {
  it('keeps a hostile event title inside the JSON: no markup the HTML parser would act on', () => {
    const body = serializeJsonLd(eventLd(hostileEvent, 'nn', 'https://x.example/', 'Kontoret'))
    expect(scriptEnd(body)).toBe(-1)
    expect(body).not.toMatch(/[<>&]/)
    expect(body).toContain('\\u003c/script\\u003e\\u003cscript\\u003e')
  })

  it('reads back as the same data, so search engines see the real title', () => {
    const ld = eventLd(hostileEvent, 'nn', 'https://x.example/', 'Kontoret')
    const back = JSON.parse(serializeJsonLd(ld))
    expect(back.name).toBe(HOSTILE)
    expect(back).toEqual(JSON.parse(JSON.stringify(ld)))
  })

  it('escapes the line and paragraph separators older script parsers end a line on', () => {
    const body = serializeJsonLd({ name: 'a\u2028b\u2029c' })
    expect(body).toBe('{"name":"a\\u2028b\\u2029c"}')
    expect(JSON.parse(body).name).toBe('a\u2028b\u2029c')
  })
})

import { describe, expect, it } from 'vitest'

import { compileMjml, TemplateError } from './compile'
import type { ArticleItem, IssueContent } from './content'
import {
  compileIssue,
  IssueTooLargeError,
  MAX_HTML_BYTES,
  personalise,
  renderConfirmEmail,
  renderWebVersionFromContent,
  renderWelcomeEmail,
  TARGET_HTML_BYTES,
} from './render'
import { richTextToEmailHtml } from './richText'
import { formatWeekdayTime as formatDateTime } from '../common/oslo'

const office = {
  name: 'Næringskontoret i Vinje',
  postalAddress: 'Vinjevegen 192\n3890 Vinje',
  email: 'naering@vinje.example',
}

const articleItem = (i: number, topics: string[] = []): ArticleItem => ({
  id: String(i),
  title: `Artikkel ${i}: ${'lang tittel '.repeat(3)}`,
  excerpt:
    'Eit samandrag som fortel kva saka handlar om, kvifor ho er viktig for næringslivet i Vinje og kva lesaren kan gjere vidare. '.repeat(
      2,
    ),
  url: `https://vinje.example/nyheiter/artikkel-${i}/`,
  topics,
  image: {
    src: `https://cms.vinje.example/api/media/file/bilete-${i}-600x338.jpg`,
    alt: `Bilete ${i}`,
    width: 600,
    height: 338,
  },
})

function content(overrides: Partial<IssueContent> = {}): IssueContent {
  return {
    issueId: '1',
    locale: 'nn',
    subject: 'Nyheitsbrev – desember',
    preheader: 'Nytt fond og vintersesong',
    month: 'desember 2026',
    introHtml: '<p style="margin:0 0 12px 0;">Kjære næringsdrivande!</p>',
    articles: [articleItem(1, ['7']), articleItem(2, ['8']), articleItem(3)],
    events: [
      {
        id: '1',
        title: 'Næringsfrukost',
        url: 'https://vinje.example/arrangement/frukost/',
        topics: ['7'],
        when: 'tysdag 8. desember kl. 07:30',
        place: 'Rauland',
        cancelled: false,
      },
    ],
    courses: [
      {
        id: '1',
        title: 'Nettbutikk',
        url: 'https://vinje.example/kurs/nettbutikk/',
        topics: ['8'],
        startsAt: 'fredag 18. desember kl. 09:00',
        signupDeadline: '12. desember 2026',
      },
    ],
    funding: [
      {
        id: '1',
        title: 'Bygdefondet',
        url: 'https://fond.example/',
        topics: [],
        provider: 'Vinje kommune',
        deadline: '15. januar 2027',
      },
    ],
    contact: {
      name: 'Ingrid Haugland',
      jobTitle: 'Næringssjef',
      email: 'ingrid@vinje.example',
      phone: '+47 35 06 21 10',
    },
    office: { ...office, phone: undefined },
    siteUrl: 'https://vinje.example',
    ...overrides,
  }
}

const links = {
  preferencesUrl: 'https://cms.example/api/newsletter/preferences?token=P',
  unsubscribeUrl: 'https://cms.example/api/newsletter/unsubscribe?token=U',
}

describe('templates', () => {
  it('all of them pass MJML strict validation, in both languages', async () => {
    for (const locale of ['nn', 'en'] as const) {
      await expect(compileIssue(content({ locale }))).resolves.toBeTruthy()
      await expect(renderWebVersionFromContent(content({ locale }))).resolves.toContain(
        `<html lang="${locale}"`,
      )
      const confirm = await renderConfirmEmail({
        locale,
        email: 'kari@example.no',
        office,
        confirmUrl: 'https://cms.example/api/newsletter/confirm?token=C',
      })
      expect(confirm.html).toContain('href="https://cms.example/api/newsletter/confirm?token=C"')
      expect(confirm.text).toContain('kari@example.no')
      const welcome = await renderWelcomeEmail({
        locale,
        office,
        preferencesUrl: links.preferencesUrl,
      })
      expect(welcome.html).toContain(links.preferencesUrl)
    }
  })

  it('a template error stops the render with the line and the reason', async () => {
    const broken = '<mjml><mj-body><mj-section><mj-text>Hei</mj-text></mj-section></mj-body></mjml>'
    await expect(compileMjml(broken, 'newsletter')).rejects.toThrow(TemplateError)
    await expect(compileMjml(broken, 'newsletter')).rejects.toThrow(
      /The newsletter template is not valid MJML: Line 1 .*mj-text cannot be used inside mj-section/,
    )
  })

  it('refuses an issue whose HTML is over 90 KB, saying what to do', async () => {
    const huge = content({ articles: Array.from({ length: 80 }, (_, i) => articleItem(i)) })
    const err = await compileIssue(huge).catch((e) => e)
    expect(err).toBeInstanceOf(IssueTooLargeError)
    expect(err.bytes).toBeGreaterThan(MAX_HTML_BYTES)
    expect(err.message).toMatch(
      /^The issue's HTML is \d+ KB; Gmail cuts emails off at about 102 KB, so we refuse above 90 KB\. Take out an article/,
    )
    expect((await compileIssue(content())).htmlBytes).toBeLessThan(TARGET_HTML_BYTES)
  })
})

describe('personalisation', () => {
  it('gives each subscriber the sections of their topics; no topics means everything', async () => {
    const issue = await compileIssue(content())
    const topic7 = personalise(issue, { topics: ['7'], ...links })
    expect(topic7.html).toContain('Artikkel 1')
    expect(topic7.html).not.toContain('Artikkel 2')
    expect(topic7.html).toContain('Artikkel 3')
    expect(topic7.html).toContain('Næringsfrukost')
    // No course for topic 7: the courses heading goes too.
    expect(topic7.html).not.toContain('Nettbutikk')
    expect(topic7.html).not.toContain('>Kurs</h2>')
    const everything = personalise(issue, { topics: [], ...links })
    for (const title of [
      'Artikkel 1',
      'Artikkel 2',
      'Artikkel 3',
      'Næringsfrukost',
      'Nettbutikk',
      'Bygdefondet',
    ])
      expect(everything.html).toContain(title)
    expect(everything.html.length).toBeGreaterThan(topic7.html.length)
  })

  it('cuts whole HTML for every choice of topics: a section shares one wrapper, gone with its items', async () => {
    const issue = await compileIssue(content())
    const count = (html: string, s: string) => html.split(s).length - 1
    const sections = (html: string) => count(html, 'class="nh-card"')
    const sizes: Record<string, number> = {}
    for (const topics of [[], ['7'], ['8'], ['7', '8'], ['99']]) {
      const { html } = personalise(issue, { topics, ...links })
      // An item cut out with half its wrapper would break the layout in every mail client.
      for (const tag of ['table', 'tr', 'td', 'div'])
        expect(count(html, `<${tag}`) - count(html, `<${tag}-`)).toBe(count(html, `</${tag}>`))
      sizes[topics.join(',')] = sections(html)
    }
    // Intro, news, events, courses, funding, contact: one card each, not one per item.
    expect(sizes['']).toBe(6)
    // Topic 7 has no course (its section goes, wrapper and all); topic 99 has only the
    // items for everyone: news (Artikkel 3) and funding.
    expect(sizes['7']).toBe(5)
    expect(sizes['99']).toBe(4)
  })

  it("puts the subscriber's own links in the HTML and the plain-text part, and no placeholder survives", async () => {
    const { html, text } = personalise(await compileIssue(content()), { topics: ['8'], ...links })
    expect(html).toContain(`href="${links.unsubscribeUrl}"`)
    expect(html).toContain(`href="${links.preferencesUrl}"`)
    expect(html + text).not.toContain('%%')
    expect(text).toContain(links.unsubscribeUrl)
    expect(text).toContain('Meld deg av')
    expect(text).toContain('3890 Vinje')
    expect(text).toContain('Påmeldingsfrist: 12. desember 2026')
    expect(text).not.toMatch(/<[a-z]/i)
    expect(text).not.toContain('Nytt fond og vintersesong') // the preheader is for the inbox, not the body
  })

  it("links to the web version in the site's archive, in the reader's language", async () => {
    const nn = personalise(await compileIssue(content()), { topics: [], ...links })
    expect(nn.html).toContain('href="https://vinje.example/nyheitsbrev/arkiv/1/"')
    expect(nn.text).toContain('https://vinje.example/nyheitsbrev/arkiv/1/')
    const en = personalise(await compileIssue(content({ locale: 'en' })), { topics: [], ...links })
    expect(en.html).toContain('href="https://vinje.example/en/newsletter/archive/1/"')
  })
})

describe('content for email', () => {
  it('turns the CMS rich text into email-safe HTML: inline styles, no classes, h1 demoted', () => {
    const text = (t: string, format = 0) => ({
      type: 'text',
      text: t,
      format,
      style: '',
      mode: 'normal',
      detail: 0,
      version: 1,
    })
    const base = { format: '', indent: 0, version: 1, direction: 'ltr' }
    const html = richTextToEmailHtml({
      root: {
        ...base,
        type: 'root',
        children: [
          { ...base, type: 'heading', tag: 'h1', children: [text('Overskrift')] },
          {
            ...base,
            type: 'paragraph',
            children: [
              text('Les '),
              {
                type: 'link',
                version: 3,
                fields: { url: 'https://vinje.example/?a=1&b=2', linkType: 'custom' },
                children: [text('her', 1)],
              },
            ],
          },
          {
            ...base,
            type: 'list',
            listType: 'bullet',
            tag: 'ul',
            children: [{ ...base, type: 'listitem', value: 1, children: [text('punkt')] }],
          },
        ],
      },
    })
    expect(html).toContain('<h2 style="font-size:21px;')
    expect(html).toContain(
      '<a style="color:#0b5a8a;text-decoration:underline;" href="https://vinje.example/?a=1&amp;b=2"',
    )
    expect(html).toContain('<strong>her</strong>')
    expect(html).toContain('<li style="margin:0 0 4px 0;">punkt</li>')
    expect(html).not.toMatch(/class=|value=|<h1/)
  })

  it('shows times in Oslo time, summer and winter', () => {
    expect(formatDateTime('2026-06-01T07:00:00Z', 'nn')).toBe('måndag 1. juni kl. 09:00')
    expect(formatDateTime('2026-12-08T07:00:00Z', 'en')).toBe('Tuesday 8 December at 08:00')
  })
})

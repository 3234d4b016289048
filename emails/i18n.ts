/** Every word the emails say, in Nynorsk (the office's language) and English. */
import type { Locale } from '../common/locales'

export const emailTexts = {
  nn: {
    newsletter: 'Nyheitsbrev',
    news: 'Nyheiter',
    events: 'Arrangement framover',
    courses: 'Kurs',
    funding: 'Søknadsfristar for tilskot',
    contact: 'Spørsmål?',
    contactLead: 'Ta kontakt med',
    when: 'Tid',
    where: 'Stad',
    online: 'Digitalt',
    cancelled: 'Avlyst',
    startsAt: 'Oppstart',
    signupDeadline: 'Påmeldingsfrist',
    deadline: 'Frist',
    readMore: 'Les meir',
    whyYouGetThis: 'Du får dette nyheitsbrevet fordi du har abonnert på det.',
    viewOnWeb: 'Les nyheitsbrevet på nettstaden',
    preferences: 'Endre tema eller språk',
    unsubscribe: 'Meld deg av',
    wantByEmail: 'Vil du få nyheitsbrevet på e-post?',
    subscribeHere: 'Abonner her',
    confirmSubject: 'Stadfest abonnementet ditt på nyheitsbrevet',
    confirmHeading: 'Stadfest abonnementet ditt',
    confirmBody:
      'Vi har fått ein førespurnad om å melde {email} på nyheitsbrevet frå {office}. Trykk på knappen for å stadfeste. Lenkja gjeld i {hours} timar.',
    confirmButton: 'Stadfest abonnementet',
    confirmIgnore:
      'Har du ikkje bede om dette, kan du sjå bort frå e-posten. Du blir ikkje meld på utan at du stadfestar.',
    linkFallback: 'Fungerer ikkje knappen? Opne denne lenkja:',
    welcomeSubject: 'Velkomen som abonnent på nyheitsbrevet',
    welcomeHeading: 'Velkomen!',
    welcomeBody:
      'No er du abonnent på nyheitsbrevet frå {office}. Du kan når som helst endre tema og språk, laste ned det vi har lagra om deg, eller melde deg av.',
    welcomeButton: 'Innstillingane dine',
    greeting: 'Hei',
    testPrefix: '[TEST]',
  },
  en: {
    newsletter: 'Newsletter',
    news: 'News',
    events: 'Upcoming events',
    courses: 'Courses',
    funding: 'Funding deadlines',
    contact: 'Questions?',
    contactLead: 'Get in touch with',
    when: 'When',
    where: 'Where',
    online: 'Online',
    cancelled: 'Cancelled',
    startsAt: 'Starts',
    signupDeadline: 'Sign up by',
    deadline: 'Deadline',
    readMore: 'Read more',
    whyYouGetThis: 'You receive this newsletter because you subscribed to it.',
    viewOnWeb: 'Read the newsletter on the website',
    preferences: 'Change topics or language',
    unsubscribe: 'Unsubscribe',
    wantByEmail: 'Would you like the newsletter by email?',
    subscribeHere: 'Subscribe here',
    confirmSubject: 'Confirm your newsletter subscription',
    confirmHeading: 'Confirm your subscription',
    confirmBody:
      'We received a request to subscribe {email} to the newsletter from {office}. Press the button to confirm. The link is valid for {hours} hours.',
    confirmButton: 'Confirm subscription',
    confirmIgnore:
      'If you did not ask for this, ignore this email. You will not be subscribed unless you confirm.',
    linkFallback: 'Button not working? Open this link:',
    welcomeSubject: 'Welcome to the newsletter',
    welcomeHeading: 'Welcome!',
    welcomeBody:
      'You are now subscribed to the newsletter from {office}. You can change topics and language, download what we store about you, or unsubscribe at any time.',
    welcomeButton: 'Your settings',
    greeting: 'Hello',
    testPrefix: '[TEST]',
  },
} satisfies Record<Locale, Record<string, string>>

export type EmailTexts = (typeof emailTexts)['nn']

/** Replaces {name} in a sentence; the values are escaped later by the template. */
export const phrase = (text: string, values: Record<string, string | number>) =>
  text.replace(/\{(\w+)\}/g, (_, k) => String(values[k] ?? `{${k}}`))

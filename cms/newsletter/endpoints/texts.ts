/** What the subscription pages and answers say, in Nynorsk and English. */
import { type Locale } from '../../../common/locales'

export const pageTexts = {
  nn: {
    office: 'Næringskontoret',
    // subscribe
    checkInbox: 'Takk! Sjekk e-posten din og stadfest abonnementet med lenkja vi har sendt.',
    invalidEmail: 'E-postadressa ser ikkje rett ut. Skriv ho slik: namn@døme.no',
    missingConsent: 'Du må krysse av for at du samtykkjer før vi kan sende deg nyheitsbrevet.',
    unknownTopic: 'Vi kjenner ikkje temaet «{topic}». Vel mellom: {choices}.',
    badLocale: 'Språket må vere nn (nynorsk) eller en (English).',
    nameTooLong: 'Namnet kan vere på høgst 200 teikn.',
    tooLarge: 'Skjemaet er for stort (over 64 KB).',
    wrongType: 'Send skjemaet som application/x-www-form-urlencoded eller application/json.',
    badJson: 'Innhaldet er ikkje gyldig JSON.',
    tooMany: 'For mange påmeldingar på kort tid. Prøv igjen om {minutes} minutt.',
    sendFailed: 'Vi klarte ikkje å sende stadfestinga no. Prøv igjen om nokre minutt.',
    errorTitle: 'Noko må rettast',
    back: 'Tilbake til skjemaet',
    // confirm
    confirmTitle: 'Stadfest abonnementet',
    confirmLead: 'Trykk på knappen for å stadfeste at {email} skal få nyheitsbrevet.',
    confirmButton: 'Stadfest abonnementet',
    confirmedTitle: 'Du er no abonnent',
    confirmedLead:
      'Takk! Du får nyheitsbrevet frå neste utgåve. Vi har sendt deg ein e-post med lenkja til innstillingane dine.',
    alreadyConfirmed: 'Abonnementet er allereie stadfesta. Ingenting er endra.',
    linkUsed:
      'Denne lenkja er brukt eller erstatta av ei nyare. Ingenting er endra. Bruk lenkja i den nyaste e-posten, eller meld deg på på nytt.',
    linkExpired:
      'Lenkja har gått ut. Ingenting er endra. Meld deg på på nytt, så sender vi ei ny lenkje.',
    linkInvalid:
      'Lenkja er ikkje gyldig. Ingenting er endra. Sjekk at du har fått med heile lenkja frå e-posten.',
    linkTitle: 'Lenkja verkar ikkje',
    signUpAgain: 'Meld deg på nyheitsbrevet',
    // preferences
    prefsTitle: 'Innstillingar for nyheitsbrevet',
    statusConfirmed: 'Du er abonnent med adressa {email}.',
    statusUnconfirmed: 'Abonnementet for {email} er ikkje stadfesta enno.',
    statusUnsubscribed: '{email} er meld av nyheitsbrevet.',
    statusSuppressed:
      'Vi sender ikkje nyheitsbrevet til {email} fordi e-postane ikkje kom fram eller vart melde som uønskte.',
    topicsLegend: 'Tema du vil ha',
    topicsHint: 'Vel ingen for å få alt.',
    languageLegend: 'Språk',
    save: 'Lagre innstillingane',
    saved: 'Innstillingane er lagra.',
    unsubscribeHeading: 'Meld deg av',
    unsubscribeButton: 'Meld meg av nyheitsbrevet',
    resubscribeButton: 'Meld meg på igjen',
    resubscribed: 'Du er abonnent igjen.',
    dataHeading: 'Dine data',
    download: 'Last ned alt vi har lagra om deg (JSON)',
    eraseHeading: 'Slett meg',
    eraseLead: 'Slettar adressa di, tema og samtykkeloggen for godt. Det kan ikkje angrast.',
    eraseConfirm: 'Ja, slett alt om meg',
    eraseButton: 'Slett meg',
    eraseNeedsConfirm: 'Kryss av for at du vil slette alt, og trykk på knappen igjen.',
    erasedTitle: 'Du er sletta',
    erasedLead:
      'Vi har sletta adressa di og alt vi hadde lagra om deg. Du får ingen fleire e-postar frå oss.',
    // unsubscribe
    unsubscribeTitle: 'Meld av nyheitsbrevet',
    unsubscribeLead: 'Trykk på knappen for å melde {email} av nyheitsbrevet.',
    unsubscribedTitle: 'Du er meld av',
    unsubscribedLead:
      'Du får ingen fleire nyheitsbrev frå oss. Ombestemmer du deg, kan du melde deg på igjen i innstillingane.',
    alreadyUnsubscribed: 'Du er allereie meld av. Ingenting er endra.',
    preferencesLink: 'Opne innstillingane',
  },
  en: {
    office: 'The business office',
    checkInbox: 'Thank you! Check your email and confirm the subscription with the link we sent.',
    invalidEmail: 'The email address does not look right. Write it like this: name@example.com',
    missingConsent: 'Please tick the consent box before we can send you the newsletter.',
    unknownTopic: 'We do not know the topic "{topic}". Choose from: {choices}.',
    badLocale: 'The language must be nn (Nynorsk) or en (English).',
    nameTooLong: 'The name can be at most 200 characters.',
    tooLarge: 'The form is too large (over 64 KB).',
    wrongType: 'Send the form as application/x-www-form-urlencoded or application/json.',
    badJson: 'The body is not valid JSON.',
    tooMany: 'Too many sign-ups in a short time. Please try again in {minutes} minutes.',
    sendFailed: 'We could not send the confirmation right now. Please try again in a few minutes.',
    errorTitle: 'Something needs fixing',
    back: 'Back to the form',
    confirmTitle: 'Confirm your subscription',
    confirmLead: 'Press the button to confirm that {email} should receive the newsletter.',
    confirmButton: 'Confirm subscription',
    confirmedTitle: 'You are subscribed',
    confirmedLead:
      'Thank you! You will receive the newsletter from the next issue. We have emailed you a link to your settings.',
    alreadyConfirmed: 'The subscription is already confirmed. Nothing has changed.',
    linkUsed:
      'This link has been used or replaced by a newer one. Nothing has changed. Use the link in the newest email, or sign up again.',
    linkExpired:
      'The link has expired. Nothing has changed. Sign up again and we will send a new link.',
    linkInvalid:
      'The link is not valid. Nothing has changed. Check that you copied the whole link from the email.',
    linkTitle: 'The link does not work',
    signUpAgain: 'Sign up for the newsletter',
    prefsTitle: 'Newsletter settings',
    statusConfirmed: 'You are subscribed as {email}.',
    statusUnconfirmed: 'The subscription for {email} is not confirmed yet.',
    statusUnsubscribed: '{email} is unsubscribed from the newsletter.',
    statusSuppressed:
      'We do not send the newsletter to {email} because emails did not arrive or were reported as unwanted.',
    topicsLegend: 'Topics you want',
    topicsHint: 'Choose none to get everything.',
    languageLegend: 'Language',
    save: 'Save settings',
    saved: 'Your settings are saved.',
    unsubscribeHeading: 'Unsubscribe',
    unsubscribeButton: 'Unsubscribe me from the newsletter',
    resubscribeButton: 'Subscribe me again',
    resubscribed: 'You are subscribed again.',
    dataHeading: 'Your data',
    download: 'Download everything we store about you (JSON)',
    eraseHeading: 'Erase me',
    eraseLead: 'Erases your address, topics and consent log for good. This cannot be undone.',
    eraseConfirm: 'Yes, erase everything about me',
    eraseButton: 'Erase me',
    eraseNeedsConfirm:
      'Tick the box to confirm you want everything erased, then press the button again.',
    erasedTitle: 'You have been erased',
    erasedLead:
      'We have erased your address and everything we stored about you. You will get no more emails from us.',
    unsubscribeTitle: 'Unsubscribe from the newsletter',
    unsubscribeLead: 'Press the button to unsubscribe {email} from the newsletter.',
    unsubscribedTitle: 'You are unsubscribed',
    unsubscribedLead:
      'You will get no more newsletters from us. If you change your mind, you can subscribe again in your settings.',
    alreadyUnsubscribed: 'You are already unsubscribed. Nothing has changed.',
    preferencesLink: 'Open your settings',
  },
} satisfies Record<Locale, Record<string, string>>

export type PageTexts = (typeof pageTexts)['nn']

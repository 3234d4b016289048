/** A course's or event's price as readers see it: "Gratis", "1 490 kr", or nothing when not given. */
import type { Locale } from '../../../common/routes'
import { tr } from '../i18n/strings'

export interface Price {
  free?: boolean | null
  amountNok?: number | null
}

export const formatNok = (amount: number, locale: Locale) =>
  `${amount.toLocaleString(locale === 'nn' ? 'nn-NO' : 'en-GB')} kr`

export function formatPrice(price: Price | null | undefined, locale: Locale): string | null {
  if (price?.free) return tr(locale).free
  if (price?.amountNok != null) return formatNok(price.amountNok, locale)
  return null
}

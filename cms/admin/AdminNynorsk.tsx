'use client'
/**
 * What the admin's browser does for Nynorsk that Payload's configuration cannot:
 * - the date-fns locale Payload loads for our `nn` language (`nb`: Payload's list has no Nynorsk,
 *   see cms/i18n/dateLocale.ts) speaks Nynorsk: the date picker's weekdays and months, relative
 *   times (cms/admin/nynorskDateFns.ts); English staff get Payload's English locale, untouched.
 * - the labels Payload's editor and date picker hard-code in English are put in Nynorsk as they
 *   appear, and the date picker's "Time" caption wherever Payload draws a picker
 *   (cms/admin/hardCodedLabels.ts).
 */
import { useTranslation } from '@payloadcms/ui'
import { type ReactNode, useEffect } from 'react'

import { TRANSLATED_ATTRIBUTES, translateHardCodedLabels } from './hardCodedLabels'
import './nynorskDateFns'

export function AdminNynorsk({ children }: { children?: ReactNode }) {
  const { i18n } = useTranslation()
  const nynorsk = i18n.language !== 'en'
  useEffect(() => {
    if (!nynorsk) return
    translateHardCodedLabels(document.body)
    const observer = new MutationObserver((mutations) => {
      for (const m of mutations) {
        if (m.type === 'attributes' && m.target instanceof Element)
          translateHardCodedLabels(m.target)
        // React writing a picker text again (the navigation button switching month and year).
        if (m.type === 'characterData' && m.target.parentElement)
          translateHardCodedLabels(m.target.parentElement)
        for (const node of m.addedNodes)
          if (node instanceof Element) translateHardCodedLabels(node)
          else if (m.target instanceof Element) translateHardCodedLabels(m.target)
      }
    })
    observer.observe(document.body, {
      subtree: true,
      childList: true,
      characterData: true,
      attributes: true,
      attributeFilter: [...TRANSLATED_ATTRIBUTES],
    })
    return () => observer.disconnect()
  }, [nynorsk])
  return children
}

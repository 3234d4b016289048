/**
 * Imported for its effect by the admin's browser code (cms/admin/AdminNynorsk.tsx): the date-fns
 * locale Payload loads for our `nn` language is `nb` (its list has no Nynorsk), so that object is
 * made to speak Nynorsk (cms/i18n/dateLocale.ts) before any date picker opens.
 */
import { nb } from 'date-fns/locale/nb'

import { nynorskDateLocale } from '../i18n/dateLocale'

Object.assign(nb, nynorskDateLocale)

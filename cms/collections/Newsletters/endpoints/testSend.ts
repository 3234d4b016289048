/** "Send a test to …": the issue with every section to up to 10 addresses, subject marked [TEST]. */
import { isLocale } from '../../../../common/locales'
import { sendSettingsFromEnv } from '../../../newsletter/send/settings'
import { EmailNotSentError, sendTestIssue } from '../../../newsletter/send/transactional'
import { IssueTooLargeError } from '../../../../emails/render'
import { AdminError, editorAction, jsonBody } from './common'

const EMAIL = /^[^\s@<>(),;:"]+@[^\s@<>(),;:"]+\.[^\s@<>(),;:"]{2,}$/
const MAX_TEST_ADDRESSES = 10

export function parseAddresses(value: unknown): string[] {
  const list = (Array.isArray(value) ? value : String(value ?? '').split(/[\s,;]+/))
    .map((v) => String(v).trim())
    .filter(Boolean)
  if (!list.length) throw new AdminError(400, 'Give at least one address to send the test to.')
  if (list.length > MAX_TEST_ADDRESSES)
    throw new AdminError(400, `At most ${MAX_TEST_ADDRESSES} test addresses at a time.`)
  const bad = list.find((a) => !EMAIL.test(a))
  if (bad) throw new AdminError(400, `"${bad}" is not an email address.`)
  return [...new Set(list.map((a) => a.toLowerCase()))]
}

export const testSendEndpoint = {
  path: '/:id/test',
  method: 'post' as const,
  handler: editorAction(async (req, issue) => {
    const body = await jsonBody(req)
    const addresses = parseAddresses(body.addresses)
    const locale = isLocale(body.locale) ? body.locale : 'nn'
    try {
      const sent = await sendTestIssue(
        req.payload,
        issue.id,
        addresses,
        locale,
        sendSettingsFromEnv(),
      )
      return { sent: addresses.length, addresses, htmlBytes: sent.htmlBytes }
    } catch (err) {
      if (err instanceof IssueTooLargeError) throw new AdminError(422, err.message)
      if (
        err instanceof EmailNotSentError ||
        (err instanceof Error && err.message.startsWith('RESEND_API_KEY'))
      )
        throw new AdminError(502, `The test was not sent: ${err.message}`)
      throw err
    }
  }),
}

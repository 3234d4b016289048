/**
 * The newsletter's test bed: the fake Resend on 127.0.0.1 in the test process, and the real CMS
 * (test/helpers/cms.ts) configured to send through it. The settings are read when used (cms/env.ts),
 * so the order of imports does not matter.
 */
import {
  type FakeResend,
  type FakeResendOptions,
  startFakeResend,
} from '../../../emails/fake-resend'
import { type TestCms, testCms } from '../../../test/helpers/cms'
import { seedSiteSettings } from '../../seed/newsletter'

/** A Svix/standard-webhooks secret: "whsec_" + base64 of the key bytes. */
export const TEST_WEBHOOK_SECRET = `whsec_${Buffer.from('naeringshub-test-webhook-secret!').toString('base64')}`

export interface Testbed {
  fake: FakeResend
  cms: TestCms
  close: () => Promise<void>
}

export async function newsletterTestbed(
  opts: { fake?: FakeResendOptions; env?: Record<string, string> } = {},
): Promise<Testbed> {
  const fake = await startFakeResend(opts.fake)
  process.env.RESEND_BASE_URL = fake.url
  process.env.RESEND_WEBHOOK_SECRET = TEST_WEBHOOK_SECRET
  Object.assign(process.env, opts.env)
  const cms = await testCms()
  await seedSiteSettings(cms.payload)
  return { fake, cms, close: () => fake.close() }
}

/**
 * The newsletter's test bed: the fake Resend on 127.0.0.1 in the test process, and the real CMS
 * (test/helpers/cms.ts) configured to send through it. The CMS reads its settings once, so the
 * fake must be listening (and RESEND_BASE_URL set) BEFORE the CMS config is imported: test files
 * therefore import the CMS only through this function, never statically.
 */
import { type FakeResend, type FakeResendOptions, startFakeResend } from '../fake-resend'
import type { TestCms } from '../../test/helpers/cms'

/** A Svix/standard-webhooks secret: "whsec_" + base64 of the key bytes. */
export const TEST_WEBHOOK_SECRET = `whsec_${Buffer.from('naeringshub-test-webhook-secret!').toString('base64')}`

export interface Testbed {
  fake: FakeResend
  cms: TestCms
  close: () => Promise<void>
}

export async function newsletterTestbed(opts: { fake?: FakeResendOptions; env?: Record<string, string> } = {}): Promise<Testbed> {
  const fake = await startFakeResend(opts.fake)
  process.env.RESEND_BASE_URL = fake.url
  process.env.RESEND_WEBHOOK_SECRET = TEST_WEBHOOK_SECRET
  Object.assign(process.env, opts.env)
  const { testCms } = await import('../../test/helpers/cms')
  const cms = await testCms()
  const { seedSiteSettings } = await import('../../cms/seed/newsletter')
  await seedSiteSettings(cms.payload)
  return { fake, cms, close: () => fake.close() }
}

/**
 * `npm run newsletter:send -- --issue <id> [--dry-run]`: sends one newsletter issue, the same way
 * the admin's "Send now" does through the jobs queue. Safe to run again after a crash or Ctrl-C:
 * it resumes with the batches not yet accepted, and nobody gets the issue twice.
 * --dry-run prepares in memory only: recipients, batches and sizes, nothing stored or sent.
 */
import { parseArgs } from 'node:util'

import { getCms } from '../cms/getCms'
import type { Messenger } from '../emails/send/messenger'
import { sendIssue } from '../cms/newsletter/send/sendIssue'
import { sendSettingsFromEnv } from '../cms/newsletter/send/settings'
import type { SendEvent } from '../emails/send/types'

const USAGE = 'Usage: npm run newsletter:send -- --issue <id> [--dry-run]'

function describe(e: SendEvent): string {
  switch (e.type) {
    case 'prepared':
      return e.alreadyPrepared
        ? `Resuming: ${e.batches} batches prepared earlier for ${e.recipients} recipients`
        : `Prepared ${e.batches} batches for ${e.recipients} recipients`
    case 'prepare-progress':
      return `Preparing: batch ${e.batches} of ${e.of} written`
    case 'busy':
      return `Another sender is sending this issue (${e.heldBy}, until ${e.until}): nothing to do here`
    case 'refused':
      return `batch ${e.index}: Resend refused ${e.emails.join(', ')} (${e.reason}): suppressed, sending the rest`
    case 'uncertain':
      return `batch ${e.index}: ${e.size} emails may have been sent longer ago than Resend keeps its keys: the editor decides in the admin`
    case 'batch-submitting':
      return `batch ${e.index}: submitting ${e.size} emails (attempt ${e.attempt})`
    case 'batch-submitted':
      return `batch ${e.index}: submitted`
    case 'batch-failed':
      return `batch ${e.index}: failed: ${e.message}`
    case 'waiting':
      return `batch ${e.index}: waiting ${(e.ms / 1000).toFixed(1)} s (${e.reason})`
    case 'done':
      return `Done: ${e.status} (${e.submitted} batches submitted, ${e.failed} failed)`
  }
}

/** A dry run must not need a provider, and must never reach one. */
const nowhere: Messenger = {
  name: 'dry run',
  sendBatch: () => Promise.reject(new Error('a dry run sends nothing')),
  sendOne: () => Promise.reject(new Error('a dry run sends nothing')),
}

async function main(): Promise<number> {
  let args
  try {
    args = parseArgs({
      options: {
        issue: { type: 'string' },
        'dry-run': { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h' },
      },
    }).values
  } catch (err) {
    console.error(`${(err as Error).message}\n${USAGE}`)
    return 2
  }
  if (args.help || !args.issue) {
    console.error(USAGE)
    return args.help ? 0 : 2
  }
  const dryRun = args['dry-run']
  const settings = sendSettingsFromEnv({
    onEvent: (e) => console.log(describe(e)),
    ...(dryRun ? { messenger: nowhere } : {}),
  })
  const payload = await getCms()
  const found = await payload.find({
    collection: 'newsletters',
    where: { id: { equals: args.issue } },
    limit: 1,
    depth: 0,
  })
  if (!found.docs[0]) {
    console.error(`There is no newsletter issue with id ${args.issue}.`)
    return 2
  }
  console.log(
    `Issue ${args.issue}: "${found.docs[0].subject}" via ${settings.messenger.name} at ${settings.ratePerSecond} requests/s${dryRun ? ' (dry run)' : ''}`,
  )
  const summary = await sendIssue(payload, found.docs[0].id, settings, { dryRun })
  if (summary.alreadySent) console.log('Already sent: nothing to do.')
  if (summary.dryRun) {
    console.table({
      recipients: summary.recipients,
      batches: summary.batches,
      ...Object.fromEntries(
        Object.entries(summary.htmlBytes ?? {}).map(([l, b]) => [
          `HTML ${l} (KB)`,
          +(b / 1024).toFixed(1),
        ]),
      ),
      'first batch request (KB)': +((summary.firstBatchBytes ?? 0) / 1024).toFixed(1),
    })
  } else if (summary.report) {
    console.table(summary.report)
  }
  return summary.status === 'failed' ? 1 : 0
}

main().then(
  (code) => process.exit(code),
  (err) => {
    console.error(err instanceof Error ? err.message : err)
    process.exit(1)
  },
)

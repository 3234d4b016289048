/**
 * bench/newsletter.ts (`npm run bench:newsletter`, under `flock /tmp/heavy.lock`): the newsletter at
 * the size it must handle. On a scratch database with the demo content and 10,000 confirmed
 * subscribers, against the fake Resend limited to 2 requests/s (Resend's default) by a strict
 * sliding window (at most 2 requests in ANY 1-second window, stricter than Resend's bucket), the
 * fake running in its own process as under `npm start`:
 *  1. render time of the demo issue (MJML compile, cold and warm) and its HTML size;
 *  2. CPU time per personalised email (sections + signed links + headers, as sent);
 *  3. total send time of the issue vs the ceiling 10,000 / 100 per batch / 2 per s = 50 s (target
 *     ≥ 95 %), the 429 answers (target 0) and the smallest gap between two requests as the fake
 *     saw them.
 * The pacer lets request k go 1 s after the answer to request k − 2 came (emails/send/pacing.ts:
 * provably within the window, no margin), so each pair of requests costs 1 s plus the fake's
 * answer time for a ~2.9 MB batch (its upload, JSON parsing, validation): what is left to gain is
 * there, and the table shows it per pair. Prints figures; asserts nothing.
 * December 2026, 2 cores, quiet machine: prepare 0.5–0.75 s, submit 97.0–97.5 % and the whole send
 * 95.6–96.5 % of the ceiling, 0 × 429 (one mj-section per newsletter section: 24.9 KB per email,
 * was 33.8; prepare through the database adapter). A loaded machine (load 7–10 from neighbours)
 * gave 83–88 %: seconds-long stalls in the spans, not the pacer.
 */
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { startFakeResendProcess } from './fakeResendProcess'
import { ms, percentile, printTable, s } from './lib'

const SUBSCRIBERS = Number(process.env.BENCH_SUBSCRIBERS ?? 10_000)
const RATE = 2

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'nh-bench-newsletter-'))
// The CMS reads its settings once: everything is set before it is imported.
const fake = await startFakeResendProcess({
  rateLimitPerSecond: RATE,
  rateLimitKind: 'sliding-window',
})
Object.assign(process.env, {
  APP_ENV: 'test',
  DATA_DIR: dataDir,
  DATABASE_URL: `file:${path.join(dataDir, 'bench.db')}`,
  PAYLOAD_SECRET: randomBytes(32).toString('hex'),
  RESEND_BASE_URL: fake.url,
  NEWSLETTER_SEND_RATE: String(RATE),
})
delete process.env.RESEND_API_KEY

const { getCms } = await import('../cms/getCms')
const { seed } = await import('../cms/seed')
const { loadIssueContent } = await import('../cms/newsletter/content')
const { compileIssue, personalise } = await import('../emails/render')
const { buildNewsletterEmails } = await import('../emails/send/buildEmails')
const { sendIssue } = await import('../cms/newsletter/send/sendIssue')
const { sendSettingsFromEnv } = await import('../cms/newsletter/send/settings')
type Recipient = import('../emails/send/types').Recipient

const cpuMs = (since: NodeJS.CpuUsage) => {
  const d = process.cpuUsage(since)
  return (d.user + d.system) / 1000
}

async function main() {
  console.log(`scratch data folder: ${dataDir}`)
  const payload = await getCms()
  await seed(payload, { appEnv: 'development', dataDir })
  const topics = (
    await payload.find({ collection: 'topics', pagination: false, depth: 0 })
  ).docs.map((t) => t.id)

  const seeding = Date.now()
  const transactionID = (await payload.db.beginTransaction()) ?? undefined
  for (let i = 0; i < SUBSCRIBERS; i++) {
    await payload.create({
      collection: 'subscribers',
      data: {
        email: `bench${i}@example.no`,
        status: 'confirmed',
        locale: i % 5 === 0 ? 'en' : 'nn',
        topics: i % 3 === 0 ? [] : [topics[i % topics.length], topics[(i * 7) % topics.length]],
      },
      req: { transactionID },
      depth: 0,
    })
  }
  if (transactionID !== undefined) await payload.db.commitTransaction(transactionID)
  console.log(`${SUBSCRIBERS} subscribers added in ${s(Date.now() - seeding)}`)

  // 1. Render: load + compile the demo issue (the first compile also loads mjml).
  const issue = (await payload.find({ collection: 'newsletters', limit: 1, depth: 0 })).docs[0]
  const siteUrl = 'http://localhost:4321'
  let t = performance.now()
  const coldContent = await loadIssueContent(payload, issue.id, 'nn', { siteUrl })
  const cold = await compileIssue(coldContent)
  const coldMs = performance.now() - t
  const warm: number[] = []
  for (let i = 0; i < 10; i++) {
    t = performance.now()
    await compileIssue(await loadIssueContent(payload, issue.id, i % 2 ? 'en' : 'nn', { siteUrl }))
    warm.push(performance.now() - t)
  }
  warm.sort((a, b) => a - b)
  const en = await compileIssue(await loadIssueContent(payload, issue.id, 'en', { siteUrl }))

  // 2. CPU per personalised email: personalise alone, and the full email as the sender builds it.
  const recipients: Recipient[] = Array.from({ length: SUBSCRIBERS }, (_, i) => ({
    id: String(i + 1),
    email: `bench${i}@example.no`,
    locale: i % 5 === 0 ? 'en' : 'nn',
    topics:
      i % 3 === 0
        ? []
        : [String(topics[i % topics.length]), String(topics[(i * 7) % topics.length])],
  }))
  const settings = sendSettingsFromEnv()
  let cpu = process.cpuUsage()
  let bytes = 0
  for (const r of recipients)
    bytes += personalise(r.locale === 'en' ? en : cold, {
      topics: r.topics,
      preferencesUrl: 'https://x/p',
      unsubscribeUrl: 'https://x/u',
    }).html.length
  const personaliseMs = cpuMs(cpu)
  const snapshot = {
    sendId: 'bench',
    preparedAt: new Date().toISOString(),
    from: settings.from,
    serverUrl: settings.serverUrl,
    unsubscribeMailto: settings.unsubscribeMailto,
    issues: { nn: cold, en },
  }
  cpu = process.cpuUsage()
  let jsonBytes = 0
  for (let i = 0; i < recipients.length; i += 100)
    jsonBytes += JSON.stringify(
      buildNewsletterEmails(
        String(issue.id),
        snapshot,
        recipients.slice(i, i + 100),
        settings.linkSecret,
      ),
    ).length
  const buildMs = cpuMs(cpu)

  // 3. The send, against the fake at 2 requests/s.
  const requestsBefore = (await fake.report()).requests.length
  cpu = process.cpuUsage()
  t = performance.now()
  let preparedAt = t
  // When each batch's request was about to go (state written) and when its answer was saved.
  const submitting = new Map<number, number>()
  const submitted = new Map<number, number>()
  const summary = await sendIssue(payload, issue.id, {
    ...settings,
    onEvent: (e) => {
      if (e.type === 'prepared') preparedAt = performance.now()
      if (e.type === 'batch-submitting') submitting.set(e.index, performance.now())
      if (e.type === 'batch-submitted') submitted.set(e.index, performance.now())
    },
  })
  const sendMs = performance.now() - t
  const submitMs = performance.now() - preparedAt
  const sendCpuMs = cpuMs(cpu)
  const report = await fake.report()
  const requests = report.requests.slice(requestsBefore)
  // Where a batch's time goes, on this process's clock: the work between the previous answer and
  // the state write, the body and the pacing wait up to the fake's arrival, then the answer.
  const arrivedHere = requests.map((r) => r.arrivedAt + report.timeOrigin - performance.timeOrigin)
  const indexes = [...submitting.keys()].sort((a, b) => a - b)
  const median = (xs: number[]) =>
    xs.length
      ? percentile(
          [...xs].sort((a, b) => a - b),
          50,
        )
      : NaN
  // Each batch's accepted request, found by its key (…-batch-<index>, maybe with -cut<n>).
  const acceptedAt = new Map<number, number>()
  requests.forEach((r, n) => {
    const index = /-batch-(\d+)/.exec(r.idempotencyKey ?? '')?.[1]
    if (index !== undefined && r.status === 200) acceptedAt.set(Number(index), arrivedHere[n])
  })
  const between = indexes.slice(1).flatMap((i, n) => {
    const before = submitted.get(indexes[n])
    const at = submitting.get(i)
    return before !== undefined && at !== undefined ? [at - before] : []
  })
  const toArrival = indexes.flatMap((i) =>
    acceptedAt.has(i) ? [acceptedAt.get(i)! - submitting.get(i)!] : [],
  )
  const toAnswer = indexes.flatMap((i) =>
    acceptedAt.has(i) && submitted.has(i) ? [submitted.get(i)! - acceptedAt.get(i)!] : [],
  )
  const arrivals = requests.filter((r) => r.status !== 429).map((r) => r.arrivedAt)
  const gaps = arrivals.slice(1).map((at, i) => at - arrivals[i])
  // Two requests in a window means the third must arrive ≥ 1 s after the first.
  const spans = arrivals.slice(RATE).map((at, i) => at - arrivals[i])
  const tightestPair = Math.min(...spans)
  // The pacer lets request k go 1 s after the answer to request k − RATE came (pacing.ts): what a
  // span of RATE + 1 arrivals takes beyond that 1 s is that answer's time (upload, the fake's work)
  // plus the way to the next arrival, or the send loop still busy with the previous batch.
  const overMs = spans.map((span) => span - 1000).sort((a, b) => a - b)
  const lostMs = overMs.reduce((sum, over) => sum + over, 0) / RATE
  const delivered = report.messages.filter((m) =>
    m.tags.some((x) => x.name === 'issue' && x.value === String(issue.id)),
  )
  const unique = new Set(delivered.map((m) => m.to[0]))
  // The demo seed's few confirmed subscribers ride along: the ceiling counts the batches really sent.
  const ceilingMs = (summary.batches / RATE) * 1000

  printTable('Newsletter: render', [
    { measure: 'compile demo issue, cold (loads mjml)', value: ms(coldMs) },
    { measure: 'compile demo issue, warm (median of 10)', value: ms(warm[5]) },
    {
      measure: 'HTML size nn / en (all sections)',
      value: `${(cold.htmlBytes / 1024).toFixed(1)} KB / ${(en.htmlBytes / 1024).toFixed(1)} KB`,
    },
    {
      measure: 'average personalised HTML',
      value: `${(bytes / SUBSCRIBERS / 1024).toFixed(1)} KB`,
    },
  ])
  printTable(`Newsletter: CPU per personalised email (${SUBSCRIBERS} emails)`, [
    {
      measure: 'personalise (sections + links)',
      value: `${((personaliseMs / SUBSCRIBERS) * 1000).toFixed(1)} µs`,
      target: '≤ 200 µs',
    },
    {
      measure: 'full email as sent (+ signed links, headers, tags, JSON)',
      value: `${((buildMs / SUBSCRIBERS) * 1000).toFixed(1)} µs`,
      target: '≤ 200 µs',
    },
    {
      measure: 'request bodies',
      value: `${(jsonBytes / 1024 / 1024).toFixed(1)} MB in ${Math.ceil(SUBSCRIBERS / 100)} batches`,
    },
  ])
  printTable(`Newsletter: send ${SUBSCRIBERS} at ${RATE} requests/s`, [
    { measure: 'total send time (prepare + submit)', value: s(sendMs) },
    { measure: 'of which prepare (compile, snapshot, batches)', value: s(sendMs - submitMs) },
    { measure: 'of which submit (the paced requests)', value: s(submitMs) },
    {
      measure: `ceiling (${summary.recipients} / 100 per batch / ${RATE} per s)`,
      value: s(ceilingMs),
    },
    {
      measure: 'submit throughput vs ceiling',
      value: `${((ceilingMs / submitMs) * 100).toFixed(1)} %`,
      target: '≥ 95 %',
    },
    {
      measure: 'whole send (with prepare) vs ceiling',
      value: `${((ceilingMs / sendMs) * 100).toFixed(1)} %`,
    },
    {
      measure: 'requests (429 answers)',
      value: `${requests.length} (${requests.filter((r) => r.status === 429).length})`,
      target: '0 × 429',
    },
    {
      measure: 'gap between request arrivals: smallest / median / largest',
      value: [
        Math.min(...gaps),
        percentile(
          gaps.sort((a, b) => a - b),
          50,
        ),
        Math.max(...gaps),
      ]
        .map(ms)
        .join(' / '),
    },
    {
      measure: 'shortest span of 3 consecutive arrivals',
      value: ms(tightestPair),
      target: '> 1 s',
    },
    {
      measure: 'span of 3 consecutive arrivals beyond 1 s: median / largest / ≈ time lost',
      value: `${ms(percentile(overMs, 50))} / ${ms(overMs.at(-1)!)} / ${s(lostMs)}`,
    },
    {
      measure: 'per batch, median: answer saved → next state written / → arrival / → answer saved',
      value: [median(between), median(toArrival), median(toAnswer)].map(ms).join(' / '),
    },
    {
      measure: 'emails accepted / unique recipients',
      value: `${delivered.length} / ${unique.size}`,
    },
    { measure: 'CPU during the send: sender process', value: s(sendCpuMs) },
    {
      measure: 'CPU of the sender per email sent (prepare + submit)',
      value: `${((sendCpuMs / Math.max(1, delivered.length)) * 1000).toFixed(0)} µs`,
    },
    { measure: 'CPU of the fake Resend (its own process, whole run)', value: s(report.cpuMs) },
    { measure: 'status', value: summary.status },
  ])
}

let code = 0
try {
  await main()
} catch (err) {
  console.error(err)
  code = 1
} finally {
  await fake.close()
  fs.rmSync(dataDir, { recursive: true, force: true })
  process.exit(code)
}

/**
 * One part of `npm start`: serves the live build of the public site, and the publisher that
 * rebuilds it when editors change public content (builds read the CMS over HTTP, so this waits
 * for the admin before the first build; the old build is served meanwhile).
 */
import { env } from '../cms/env'
import { getCms } from '../cms/getCms'
import { siteBuildQueue } from '../cms/siteBuilds/queue'
import { liveDir } from '../site/publish/live'
import { startPublisher } from '../site/publish/publisher'
import { serveStatic } from '../site/publish/server'
import { endIfPortTaken, listenSettings, onStop } from './lib/listen'
import { waitForHttp } from './lib/run'

const config = env()
const { host, sitePort, adminUrl } = listenSettings()
const payload = await getCms()
const logError = (msg: string, err: unknown) => payload.logger.error({ msg, err })

const site = await serveStatic(() => liveDir(config.dataDir), sitePort, host, {
  hsts: config.appEnv === 'production',
  logError,
}).catch(endIfPortTaken)
console.log(`Public site listening on ${site.url}/`)

const queue = siteBuildQueue(payload)
await queue.recover()
await waitForHttp(`${adminUrl}/admin/login`, 10 * 60_000)
const firstBuild = liveDir(config.dataDir) === null
if (firstBuild) {
  console.log('Building the public site for the first time…')
  await queue.request('first start')
}
const publisher = startPublisher({
  queue,
  logError,
  dataDir: config.dataDir,
  cmsUrl: adminUrl,
  siteUrl: config.siteUrl,
  publicCmsUrl: config.serverUrl,
  nightly: true,
  onBuilt: ({ status, durationMs }) =>
    console.log(
      status === 'failed'
        ? 'A site build failed: see System → Site builds in the admin for the log.'
        : `Site build ${status} in ${(durationMs / 1000).toFixed(1)} s`,
    ),
})
onStop(async () => {
  await publisher.stop()
  await site.close()
})

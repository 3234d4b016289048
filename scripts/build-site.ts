/**
 * `npm run build:site`: builds the public site into site/dist. Reads the CMS at CMS_URL when set;
 * otherwise opens the local database itself, so it works without `npm start` running.
 */
import path from 'node:path'

import { env } from '../cms/env'
import { buildSite } from '../site/publish/build'
import { siteDirs } from '../site/publish/live'

const config = env()
const outDir = path.resolve('site/dist')
let cmsUrl = process.env.CMS_URL
let close = async () => {}
if (!cmsUrl) {
  const { getCms } = await import('../cms/getCms')
  const { startCmsServer } = await import('../cms/restServer')
  await getCms()
  const server = await startCmsServer()
  cmsUrl = server.url
  close = server.close
}
try {
  const result = await buildSite({
    outDir,
    cmsUrl,
    siteUrl: config.siteUrl,
    publicCmsUrl: config.serverUrl,
    cacheDir: siteDirs(config.dataDir).cache + '-dist',
  })
  console.log(
    `Built ${result.pages} pages into ${outDir} in ${(result.durationMs / 1000).toFixed(1)} s`,
  )
} catch (err) {
  console.error((err as Error).message)
  console.error((err as { log?: string }).log?.slice(-4000) ?? '')
  process.exitCode = 1
} finally {
  await close()
}
process.exit()

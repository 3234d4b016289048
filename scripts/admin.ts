/**
 * One part of `npm start`: the admin and the CMS's API (Next.js, built), behind our own small
 * server (cms/http/adminServer.ts). Needs a built admin (`npm start` builds it) and NODE_ENV=production.
 */
import path from 'node:path'

import { env } from '../cms/env'
import { startAdminServer } from '../cms/http/adminServer'
import { endIfPortTaken, listenSettings, onStop } from './lib/listen'

const config = env()
const { host, adminPort } = listenSettings()
const server = await startAdminServer({
  dir: path.resolve('cms'),
  port: adminPort,
  host,
  trustProxy: config.trustProxy,
  hsts: config.appEnv === 'production',
}).catch(endIfPortTaken)
console.log(`Admin listening on ${server.url}/admin`)
onStop(server.close)

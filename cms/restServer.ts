/**
 * Serves Payload's REST handler (the one Next mounts under /api) over plain HTTP on 127.0.0.1:
 * `npm run build:site` reads the CMS this way without the admin running, and tests and benchmarks
 * use it as the CMS network service.
 */
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { handleEndpoints } from 'payload'

import { env } from './env'
import { stampClientAddress } from './http/rateLimit'
import config from './payload.config'

export interface CmsServer {
  url: string
  close: () => Promise<void>
}

export async function startCmsServer(port = 0): Promise<CmsServer> {
  const server = http.createServer(async (req, res) => {
    try {
      const chunks: Buffer[] = []
      for await (const c of req) chunks.push(c as Buffer)
      const body = chunks.length ? Buffer.concat(chunks) : undefined
      stampClientAddress(req.headers, req.socket.remoteAddress, env().trustProxy)
      const url = `http://${req.headers.host}${req.url}`
      const request = new Request(url, {
        method: req.method,
        headers: req.headers as Record<string, string>,
        body: body && req.method !== 'GET' && req.method !== 'HEAD' ? body : undefined,
      })
      const response = await handleEndpoints({ config, request })
      res.writeHead(response.status, Object.fromEntries(response.headers.entries()))
      res.end(Buffer.from(await response.arrayBuffer()))
    } catch (err) {
      // Logged here, not shown: an error's text can hold paths and queries.
      console.error(`CMS server: ${req.method} ${req.url} failed`, err)
      if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain' })
      res.end('Internal server error')
    }
  })
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve))
  const { port: actual } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${actual}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  }
}

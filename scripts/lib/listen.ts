import { PortInUseError } from '../../common/listen'

/**
 * Where the parts of `npm start` listen. Loopback unless HOST says otherwise: in development
 * nobody else on the network should reach the admin, and in production the web server in front
 * (deploy/) is the only way in.
 */
export function listenSettings(source: Record<string, string | undefined> = process.env) {
  const host = source.HOST?.trim() || '127.0.0.1'
  const adminPort = Number(source.PORT ?? 3000)
  const sitePort = Number(source.SITE_PORT ?? 4321)
  const reachable = host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host
  const origin = (port: number) =>
    `http://${reachable.includes(':') ? `[${reachable}]` : reachable}:${port}`
  return { host, adminPort, sitePort, adminUrl: origin(adminPort), siteUrl: origin(sitePort) }
}

/** A part stops cleanly on SIGTERM (from the supervisor) and Ctrl-C. */
export function onStop(stop: () => Promise<unknown>) {
  let stopping = false
  const handler = () => {
    if (stopping) return
    stopping = true
    void stop().finally(() => process.exit(0))
  }
  process.on('SIGTERM', handler)
  process.on('SIGINT', handler)
}

/** A part whose port is taken says so in one sentence and ends (the supervisor tries again later). */
export function endIfPortTaken(err: unknown): never {
  if (err instanceof PortInUseError) {
    console.error(err.message)
    process.exit(1)
  }
  throw err
}

/**
 * `server.listen` that fails with a sentence instead of an unhandled 'error' event: a port that is
 * taken (another `npm start` still running, another program) is the usual reason a part cannot
 * start, and the stack trace Node prints for it names neither the port's setting nor a way out.
 */
import type { Server } from 'node:net'

export class PortInUseError extends Error {
  constructor(
    readonly port: number,
    readonly host: string,
  ) {
    super(
      `Port ${port} on ${host} is already in use (is another npm start still running?). ` +
        'Stop what uses it, or choose other ports with PORT (admin) and SITE_PORT (site).',
    )
    this.name = 'PortInUseError'
  }
}

export function listenOn(server: Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const failed = (err: NodeJS.ErrnoException) =>
      reject(err.code === 'EADDRINUSE' ? new PortInUseError(port, host) : err)
    server.once('error', failed)
    server.listen(port, host, () => {
      server.off('error', failed)
      resolve()
    })
  })
}

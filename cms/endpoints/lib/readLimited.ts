/** Reading a request body with a byte limit, shared by every public endpoint. */
export class BodyTooLargeError extends Error {}

type IncomingBody = { headers: Headers; body?: ReadableStream<Uint8Array> | null }

/**
 * Counts bytes as they arrive, so a body without (or lying in) Content-Length cannot exceed the
 * limit, and stops reading as soon as it does.
 */
export async function readLimitedText(req: IncomingBody, max: number): Promise<string> {
  const declared = Number(req.headers.get('content-length') ?? '0')
  if (Number.isFinite(declared) && declared > max) throw new BodyTooLargeError()
  if (!req.body) return ''
  const reader = req.body.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > max) {
      await reader.cancel()
      throw new BodyTooLargeError()
    }
    chunks.push(value)
  }
  return Buffer.concat(chunks).toString('utf8')
}

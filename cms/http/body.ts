/**
 * Reading the body of a public post. HTML forms send application/x-www-form-urlencoded (so they
 * work without JavaScript), scripts send application/json; webhooks need the raw text for their
 * signature. Bytes are counted as they arrive, so a body without (or lying in) Content-Length
 * cannot pass the limit, and reading stops as soon as it does.
 */
import { HttpError } from './errors'

export const MAX_BODY_BYTES = 64 * 1024

export type FormFields = Record<string, unknown>
export type BodyKind = 'json' | 'form'

export interface FormBody {
  kind: BodyKind
  fields: FormFields
}

/** What is read of a request: a Payload request and a plain Request both fit. */
export interface IncomingBody {
  headers: Headers
  body?: ReadableStream<Uint8Array> | null
}

export const mediaType = (req: Pick<IncomingBody, 'headers'>) =>
  (req.headers.get('content-type') ?? '').split(';')[0].trim().toLowerCase()

export const wantsJson = (req: Pick<IncomingBody, 'headers'>) =>
  mediaType(req) === 'application/json'

export function bodyKind(req: Pick<IncomingBody, 'headers'>): BodyKind | null {
  const type = mediaType(req)
  if (type === 'application/json') return 'json'
  if (type === 'application/x-www-form-urlencoded') return 'form'
  return null
}

const tooLargeMessage = (max: number) =>
  `The request is larger than ${Math.round(max / 1024)} KB: shorten the text and send it again`

/** The body as text, refusing (413) more than `max` bytes without reading it all. */
export async function readRawBody(
  req: IncomingBody,
  max = MAX_BODY_BYTES,
  tooLarge = tooLargeMessage(max),
): Promise<string> {
  const declared = Number(req.headers.get('content-length') ?? '0')
  if (Number.isFinite(declared) && declared > max) throw new HttpError(413, tooLarge)
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
      throw new HttpError(413, tooLarge)
    }
    chunks.push(value)
  }
  return Buffer.concat(chunks).toString('utf8')
}

/** Form fields as an object; a repeated name (topics=a&topics=b, as checkboxes send) is a list. */
export function parseForm(raw: string): Record<string, string | string[]> {
  const fields: Record<string, string | string[]> = {}
  for (const [key, value] of new URLSearchParams(raw)) {
    const existing = fields[key]
    if (existing === undefined) fields[key] = value
    else fields[key] = Array.isArray(existing) ? [...existing, value] : [existing, value]
  }
  return fields
}

/** A JSON object, or 400: `message` (when given) answers both broken JSON and a non-object. */
export function parseJson(raw: string, message?: string): Record<string, unknown> {
  let value: unknown
  try {
    value = JSON.parse(raw)
  } catch {
    throw new HttpError(400, message ?? 'The body is not valid JSON')
  }
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    return value as Record<string, unknown>
  }
  throw new HttpError(400, message ?? 'The body must be a JSON object of form fields')
}

export interface FormBodyMessages {
  wrongType?: string
  tooLarge?: string
  badJson?: string
}

/** A form post or a JSON object, anything else refused with 415, 413 or 400 before parsing. */
export async function readFormBody(
  req: IncomingBody,
  maxBytes = MAX_BODY_BYTES,
  messages: FormBodyMessages = {},
): Promise<FormBody> {
  const kind = bodyKind(req)
  if (!kind) {
    const type = mediaType(req) || 'none'
    throw new HttpError(
      415,
      messages.wrongType ??
        `Content-Type "${type}" is not accepted: send application/x-www-form-urlencoded ` +
          '(an HTML form) or application/json',
    )
  }
  const text = await readRawBody(req, maxBytes, messages.tooLarge ?? tooLargeMessage(maxBytes))
  if (kind === 'form') return { kind, fields: parseForm(text) }
  return { kind, fields: parseJson(text, messages.badJson) }
}

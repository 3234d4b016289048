/**
 * Reads the body of a public form post: HTML forms send application/x-www-form-urlencoded (so
 * they work without JavaScript), scripts send application/json. Anything else, or anything over
 * the size limit, is refused before it is parsed.
 */
import { BodyTooLargeError, readLimitedText } from './readLimited'

export const MAX_FORM_BODY_BYTES = 64 * 1024

export type FormFields = Record<string, unknown>

export interface FormBody {
  kind: 'json' | 'form'
  fields: FormFields
}

/** Refusal with the HTTP status it deserves and a message for the person sending. */
export class FormBodyError extends Error {
  constructor(
    readonly status: 400 | 413 | 415,
    message: string,
  ) {
    super(message)
    this.name = 'FormBodyError'
  }
}

/** What is read of a request: a Payload request and a plain Request both fit. */
export interface IncomingBody {
  headers: Headers
  body?: ReadableStream<Uint8Array> | null
}

export const mediaType = (req: Pick<IncomingBody, 'headers'>) => (req.headers.get('content-type') ?? '').split(';')[0].trim().toLowerCase()

export const wantsJson = (req: Pick<IncomingBody, 'headers'>) => mediaType(req) === 'application/json'

const tooLarge = (max: number) => new FormBodyError(413, `The form is larger than ${Math.round(max / 1024)} KB: shorten the text and send it again`)

async function readText(req: IncomingBody, max: number): Promise<string> {
  try {
    return await readLimitedText(req, max)
  } catch (err) {
    throw err instanceof BodyTooLargeError ? tooLarge(max) : err
  }
}

/** Repeated names (topics=a&topics=b, as checkboxes send them) become a list. */
function formFields(text: string): FormFields {
  const fields: Record<string, string | string[]> = {}
  for (const [key, value] of new URLSearchParams(text)) {
    const existing = fields[key]
    if (existing === undefined) fields[key] = value
    else fields[key] = Array.isArray(existing) ? [...existing, value] : [existing, value]
  }
  return fields
}

export async function readFormBody(req: IncomingBody, maxBytes = MAX_FORM_BODY_BYTES): Promise<FormBody> {
  const type = mediaType(req)
  if (type !== 'application/json' && type !== 'application/x-www-form-urlencoded') {
    throw new FormBodyError(415, `Content-Type "${type || 'none'}" is not accepted: send application/x-www-form-urlencoded (an HTML form) or application/json`)
  }
  const text = await readText(req, maxBytes)
  if (type === 'application/x-www-form-urlencoded') return { kind: 'form', fields: formFields(text) }
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch {
    throw new FormBodyError(400, 'The body is not valid JSON')
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new FormBodyError(400, 'The body must be a JSON object of form fields')
  return { kind: 'json', fields: parsed as FormFields }
}

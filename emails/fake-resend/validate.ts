/**
 * Resend's request validation for POST /emails and POST /emails/batch, as strict as the real API:
 * required fields, address formats, the 50-recipient and 100-email limits, tag syntax, and no
 * field Resend does not know. A request the fake accepts is one Resend would accept.
 */
import { fail } from './errors'

/** The API's field names (the SDK maps replyTo → reply_to and so on). */
const SINGLE_FIELDS = new Set([
  'from',
  'to',
  'subject',
  'html',
  'text',
  'cc',
  'bcc',
  'reply_to',
  'headers',
  'tags',
  'scheduled_at',
  'attachments',
  'template',
  'topic_id',
])
/** The batch endpoint does not take attachments or scheduled sending. */
const BATCH_UNSUPPORTED = new Set(['attachments', 'scheduled_at'])

export const MAX_RECIPIENTS = 50
export const MAX_BATCH = 100

const ADDRESS = /^[^\s@<>",;]+@[^\s@<>",;]+\.[^\s@<>",;]+$/
const NAMED_ADDRESS = /^\s*"?[^<>"]*"?\s*<([^<>]+)>\s*$/
const TAG_PART = /^[A-Za-z0-9_-]{1,256}$/

export interface ValidEmail {
  from: string
  to: string[]
  subject: string
  html?: string
  text?: string
  cc?: string[]
  bcc?: string[]
  reply_to?: string[]
  headers: Record<string, string>
  tags: { name: string; value: string }[]
  attachments?: ValidAttachment[]
}

export interface ValidAttachment {
  filename: string
  /** Base64, as sent. */
  content: string
  content_type?: string
}

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/
/** Resend's limit is 40 MB per email after base64 encoding. */
export const MAX_ATTACHMENT_BYTES = 40 * 1024 * 1024

export function isAddress(value: string): boolean {
  const named = NAMED_ADDRESS.exec(value)
  return ADDRESS.test((named ? named[1] : value).trim())
}

const where = (prefix: string, field: string) => (prefix ? `${prefix}.${field}` : field)

function addressList(value: unknown, field: string, prefix: string, max: number): string[] {
  const list = typeof value === 'string' ? [value] : value
  if (!Array.isArray(list) || list.some((v) => typeof v !== 'string')) {
    return fail(
      422,
      'validation_error',
      `Invalid \`${where(prefix, field)}\` field. It must be a string or an array of strings.`,
    )
  }
  if (list.length === 0)
    return fail(
      422,
      'validation_error',
      `Invalid \`${where(prefix, field)}\` field. It must hold at least one address.`,
    )
  if (list.length > max)
    return fail(
      422,
      'validation_error',
      `Too many recipients in \`${where(prefix, field)}\`: ${list.length} (at most ${max}).`,
    )
  for (const address of list) {
    if (!isAddress(address)) {
      return fail(
        422,
        'validation_error',
        `Invalid \`${where(prefix, field)}\` field. The email address needs to follow the \`email@example.com\` or \`Name <email@example.com>\` format.`,
      )
    }
  }
  return list
}

function headersOf(value: unknown, prefix: string): Record<string, string> {
  if (value === undefined) return {}
  if (!value || typeof value !== 'object' || Array.isArray(value)) {
    return fail(
      422,
      'validation_error',
      `Invalid \`${where(prefix, 'headers')}\` field. It must be an object of header names to string values.`,
    )
  }
  for (const [name, v] of Object.entries(value)) {
    if (typeof v !== 'string' || !/^[!-9;-~]+$/.test(name) || /[\r\n]/.test(v)) {
      return fail(
        422,
        'validation_error',
        `Invalid header \`${name}\` in \`${where(prefix, 'headers')}\`: names are printable ASCII, values strings without line breaks.`,
      )
    }
  }
  return value as Record<string, string>
}

function tagsOf(value: unknown, prefix: string): { name: string; value: string }[] {
  if (value === undefined) return []
  if (!Array.isArray(value))
    return fail(
      422,
      'validation_error',
      `Invalid \`${where(prefix, 'tags')}\` field. It must be an array of { name, value }.`,
    )
  for (const tag of value) {
    if (
      !tag ||
      typeof tag !== 'object' ||
      !TAG_PART.test(String(tag.name)) ||
      !TAG_PART.test(String(tag.value))
    ) {
      return fail(
        422,
        'validation_error',
        'Tags should only contain ASCII letters, numbers, underscores, or dashes.',
      )
    }
  }
  return value
}

/** Content and a file name each (a hosted `path` is not faked: nothing here may fetch it). */
function attachmentsOf(value: unknown, prefix: string): ValidAttachment[] | undefined {
  if (value === undefined) return undefined
  const field = where(prefix, 'attachments')
  if (!Array.isArray(value))
    return fail(422, 'validation_error', `Invalid \`${field}\` field. It must be an array.`)
  let total = 0
  return value.map((a, i) => {
    const at = `${field}[${i}]`
    if (!a || typeof a !== 'object' || Array.isArray(a))
      return fail(422, 'validation_error', `Invalid \`${at}\`: it must be an object.`)
    const { filename, content, content_type } = a as Record<string, unknown>
    if (typeof filename !== 'string' || !filename.trim())
      return fail(422, 'validation_error', `Missing \`${at}.filename\` field.`)
    if (typeof content !== 'string' || !content || !BASE64.test(content))
      return fail(
        422,
        'validation_error',
        `Invalid \`${at}.content\` field. It must be the file's content as base64.`,
      )
    total += content.length
    if (total > MAX_ATTACHMENT_BYTES)
      return fail(422, 'validation_error', 'Attachments are larger than 40 MB.')
    if (content_type !== undefined && typeof content_type !== 'string')
      return fail(422, 'validation_error', `Invalid \`${at}.content_type\` field.`)
    return { filename, content, ...(content_type ? { content_type } : {}) }
  })
}

/** Validates one email; `prefix` names its place in a batch ("emails[3]") in messages. */
export function validateEmail(
  body: unknown,
  opts: { batch: boolean; prefix?: string } = { batch: false },
): ValidEmail {
  const prefix = opts.prefix ?? ''
  if (!body || typeof body !== 'object' || Array.isArray(body)) {
    return fail(
      422,
      'validation_error',
      `${prefix ? `\`${prefix}\`` : 'The request body'} must be a JSON object.`,
    )
  }
  const email = body as Record<string, unknown>
  for (const key of Object.keys(email)) {
    if (!SINGLE_FIELDS.has(key))
      return fail(422, 'validation_error', `Unknown field \`${where(prefix, key)}\`.`)
    if (opts.batch && BATCH_UNSUPPORTED.has(key))
      return fail(
        422,
        'validation_error',
        `\`${where(prefix, key)}\` is not supported by the batch endpoint.`,
      )
  }
  for (const field of ['from', 'to', 'subject'] as const) {
    if (email[field] === undefined || email[field] === null || email[field] === '') {
      return fail(422, 'missing_required_field', `Missing \`${where(prefix, field)}\` field.`)
    }
  }
  if (typeof email.from !== 'string' || !isAddress(email.from)) {
    return fail(
      422,
      'validation_error',
      `Invalid \`${where(prefix, 'from')}\` field. The email address needs to follow the \`email@example.com\` or \`Name <email@example.com>\` format.`,
    )
  }
  if (typeof email.subject !== 'string')
    return fail(
      422,
      'validation_error',
      `Invalid \`${where(prefix, 'subject')}\` field. It must be a string.`,
    )
  if (
    email.template === undefined &&
    typeof email.html !== 'string' &&
    typeof email.text !== 'string'
  ) {
    return fail(
      422,
      'missing_required_field',
      `Missing \`${where(prefix, 'html')}\` or \`${where(prefix, 'text')}\` field.`,
    )
  }
  for (const field of ['html', 'text'] as const) {
    if (email[field] !== undefined && typeof email[field] !== 'string')
      return fail(
        422,
        'validation_error',
        `Invalid \`${where(prefix, field)}\` field. It must be a string.`,
      )
  }
  return {
    from: email.from,
    to: addressList(email.to, 'to', prefix, MAX_RECIPIENTS),
    subject: email.subject,
    html: email.html as string | undefined,
    text: email.text as string | undefined,
    cc: email.cc === undefined ? undefined : addressList(email.cc, 'cc', prefix, MAX_RECIPIENTS),
    bcc:
      email.bcc === undefined ? undefined : addressList(email.bcc, 'bcc', prefix, MAX_RECIPIENTS),
    reply_to:
      email.reply_to === undefined
        ? undefined
        : addressList(email.reply_to, 'reply_to', prefix, MAX_RECIPIENTS),
    headers: headersOf(email.headers, prefix),
    tags: tagsOf(email.tags, prefix),
    attachments: attachmentsOf(email.attachments, prefix),
  }
}

export function validateBatchShape(body: unknown): unknown[] {
  if (!Array.isArray(body))
    return fail(422, 'validation_error', 'The batch endpoint takes a JSON array of emails.')
  if (body.length === 0)
    return fail(422, 'validation_error', 'The batch is empty: send between 1 and 100 emails.')
  if (body.length > MAX_BATCH)
    return fail(
      422,
      'validation_error',
      `Too many emails in one batch: ${body.length} (at most ${MAX_BATCH}).`,
    )
  return body
}

/**
 * POST /api/newsletter/webhooks/resend: Resend's delivery events. The signature is checked on the
 * RAW body (re-serialised JSON would not match) with `resend.webhooks.verify`, which also refuses
 * timestamps more than 5 minutes off; a bad or stale signature is 401 and changes nothing. Each
 * event id (the webhook-id header) is processed once: the event record and its effect on the
 * subscriber are written in one transaction, and the id is unique.
 */
import type { Endpoint, Payload, PayloadRequest } from 'payload'
import { Resend } from 'resend'

import { refreshReport } from '../send/report'
import { env } from '../../env'
import type { Subscriber } from '../../payload-types'
import { recordConsentChange } from '../subscribers/consent'
import { readRawBody } from '../../http/body'
import { HttpError } from '../../http/errors'
import { json } from '../../http/respond'

const MAX_WEBHOOK_BYTES = 1024 * 1024

interface ResendEvent {
  type: string
  created_at?: string
  data?: {
    email_id?: string
    tags?: Record<string, string> | { name: string; value: string }[]
    bounce?: { type?: string; subType?: string; message?: string }
  }
}

/** Resend sends tags back as an object; accept the array form the API takes too. */
function tagsOf(event: ResendEvent): Record<string, string> {
  const tags = event.data?.tags
  if (!tags) return {}
  return Array.isArray(tags) ? Object.fromEntries(tags.map((t) => [t.name, t.value])) : tags
}

const header = (req: PayloadRequest, name: string) =>
  req.headers.get(`svix-${name}`) ?? req.headers.get(`webhook-${name}`) ?? ''

async function existingId(
  payload: Payload,
  collection: 'newsletters' | 'subscribers',
  id: string | undefined,
) {
  if (!id || !/^[\w-]{1,64}$/.test(id)) return undefined
  const found = await payload.find({
    collection,
    where: { id: { equals: id } },
    limit: 1,
    depth: 0,
    select: {},
  })
  return found.docs[0]?.id
}

/** What the event means for the subscriber: hard bounces and complaints stop all sending. */
function suppression(
  event: ResendEvent,
): { status: 'bounced' | 'complained'; detail: string } | null {
  if (event.type === 'email.complained') return { status: 'complained', detail: 'reported as spam' }
  if (event.type === 'email.bounced' && /^permanent$/i.test(event.data?.bounce?.type ?? '')) {
    return {
      status: 'bounced',
      detail:
        [event.data?.bounce?.subType, event.data?.bounce?.message]
          .filter(Boolean)
          .join(': ')
          .slice(0, 300) || 'hard bounce',
    }
  }
  if (event.type === 'email.suppressed')
    return { status: 'bounced', detail: "on Resend's suppression list" }
  return null
}

async function process(
  payload: Payload,
  eventId: string,
  event: ResendEvent,
): Promise<'processed' | 'duplicate'> {
  const seen = await payload.find({
    collection: 'webhook-events',
    where: { eventId: { equals: eventId } },
    limit: 1,
    depth: 0,
    select: {},
  })
  if (seen.docs.length) return 'duplicate'
  const tags = tagsOf(event)
  const newsletter = await existingId(payload, 'newsletters', tags.issue)
  const subscriberId = await existingId(payload, 'subscribers', tags.subscriber)

  const transactionID = (await payload.db.beginTransaction()) ?? undefined
  const req = { transactionID } as Partial<PayloadRequest>
  try {
    await payload.create({
      collection: 'webhook-events',
      data: {
        eventId,
        type: event.type,
        emailId: event.data?.email_id,
        receivedAt: new Date().toISOString(),
        payload: event as never,
        newsletter,
        subscriber: subscriberId,
      },
      req,
      depth: 0,
    })
    const suppress = suppression(event)
    if (suppress && subscriberId) {
      const subscriber = (await payload.findByID({
        collection: 'subscribers',
        id: subscriberId,
        depth: 0,
        req,
      })) as Subscriber
      if (subscriber.status !== suppress.status && subscriber.status !== 'complained') {
        await recordConsentChange(
          payload,
          subscriber,
          { action: suppress.status, via: 'resend-webhook', detail: suppress.detail },
          { status: suppress.status },
          new Date(),
          req,
        )
      }
    }
    if (transactionID !== undefined) await payload.db.commitTransaction(transactionID)
  } catch (err) {
    if (transactionID !== undefined) await payload.db.rollbackTransaction(transactionID)
    // Two deliveries of one event at once: the unique event id let only one through.
    const again = await payload.find({
      collection: 'webhook-events',
      where: { eventId: { equals: eventId } },
      limit: 1,
      depth: 0,
      select: {},
    })
    if (again.docs.length) return 'duplicate'
    throw err
  }
  if (newsletter) await refreshReport(payload, newsletter)
  return 'processed'
}

const handler: Endpoint['handler'] = async (req) => {
  const secret = env().newsletter.resendWebhookSecret
  if (!secret)
    return json(503, {
      error:
        'RESEND_WEBHOOK_SECRET is not set: add the webhook signing secret from Resend to the environment',
    })
  let raw: string
  try {
    raw = await readRawBody(req, MAX_WEBHOOK_BYTES)
  } catch (err) {
    if (err instanceof HttpError) return json(err.status, { error: err.message })
    throw err
  }
  const id = header(req, 'id')
  let event: ResendEvent
  try {
    event = new Resend('re_verify_only').webhooks.verify({
      payload: raw,
      webhookSecret: secret,
      headers: { id, timestamp: header(req, 'timestamp'), signature: header(req, 'signature') },
    }) as unknown as ResendEvent
  } catch (err) {
    return json(401, {
      error: `Webhook signature not valid: ${err instanceof Error ? err.message : 'verification failed'}`,
    })
  }
  if (!event || typeof event.type !== 'string') return json(400, { error: 'The event has no type' })
  const outcome = await process(req.payload, id, event)
  return json(200, { ok: true, outcome })
}

export const webhookEndpoint: Endpoint = {
  path: '/newsletter/webhooks/resend',
  method: 'post',
  handler,
}

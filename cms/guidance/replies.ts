/**
 * An advisor's reply goes out when the case is saved: each new "reply to requester" in the thread
 * is emailed (answers go to the advisor's own address), stamped with when and by whom. If the
 * email cannot be sent, the save is refused, so the thread never shows a reply nobody received.
 */
import { APIError, type CollectionBeforeChangeHook } from 'payload'

import type { GuidanceRequest } from '../payload-types'
import { sendGuidanceReply } from './mail'

type Row = NonNullable<GuidanceRequest['thread']>[number]

export const sendNewReplies: CollectionBeforeChangeHook<GuidanceRequest> = async ({
  data,
  originalDoc,
  operation,
  req,
}) => {
  if (operation !== 'update' || !Array.isArray(data.thread)) return data
  const request = { ...originalDoc, ...data } as GuidanceRequest
  const user = req.user as { id: number; email?: string } | null
  let sentAny = false
  const thread: Row[] = []
  for (const row of data.thread as Row[]) {
    if (row.direction !== 'out' || row.sentAt || !row.text?.trim()) {
      thread.push(row)
      continue
    }
    const ok = await sendGuidanceReply(req.payload, request, row.text, user?.email, req)
    if (!ok)
      throw new APIError(
        'Svaret kunne ikkje sendast no: prøv å lagre igjen om litt. / The reply could not be sent: save again in a moment.',
        502,
      )
    sentAny = true
    thread.push({ ...row, sentAt: new Date().toISOString(), author: user?.id ?? null })
  }
  return {
    ...data,
    thread,
    ...(sentAny && (data.status ?? originalDoc?.status) === 'new' ? { status: 'in-progress' } : {}),
  }
}

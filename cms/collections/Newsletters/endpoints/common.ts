/** Shared by the editor's newsletter endpoints: staff-only access and the issue they act on. */
import type { PayloadRequest } from 'payload'

import { hasRole } from '../../../access/roles'
import { HttpError } from '../../../http/errors'
import type { Newsletter } from '../../../payload-types'

/** The editor's actions refuse with the same error as every endpoint: a status and a message. */
export { HttpError as AdminError } from '../../../http/errors'

export const adminJson = (status: number, body: unknown) =>
  Response.json(body, { status, headers: { 'cache-control': 'no-store' } })

/** Runs an editor action: 401/403 for others, AdminError → its status and message. */
export function editorAction(action: (req: PayloadRequest, issue: Newsletter) => Promise<unknown>) {
  return async (req: PayloadRequest): Promise<Response> => {
    if (!req.user) return adminJson(401, { error: 'Log in to the admin first.' })
    if (!hasRole(req.user, 'admin', 'editor'))
      return adminJson(403, { error: 'Only editors and admins can do this with newsletters.' })
    const id = req.routeParams?.id as string
    const found = await req.payload.find({
      collection: 'newsletters',
      where: { id: { equals: id } },
      limit: 1,
      depth: 0,
    })
    const issue = found.docs[0]
    if (!issue) return adminJson(404, { error: `There is no newsletter issue ${id}.` })
    try {
      const result = await action(req, issue)
      return result instanceof Response ? result : adminJson(200, result)
    } catch (err) {
      if (err instanceof HttpError) return adminJson(err.status, { error: err.message })
      throw err
    }
  }
}

export async function jsonBody(req: PayloadRequest): Promise<Record<string, unknown>> {
  try {
    const body = await req.json!()
    return body && typeof body === 'object' ? body : {}
  } catch {
    return {}
  }
}

/** Content can change until sending starts; after that the send works from its snapshot. */
export const editable = (issue: Newsletter) =>
  issue.status === 'draft' || issue.status === 'scheduled'

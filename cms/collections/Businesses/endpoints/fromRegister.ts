/**
 * POST /api/businesses/from-register { orgNumber, businessId? }: the admin's "add by org number".
 * Staff only; the register is asked at BRREG_BASE_URL (cms/import/addFromRegister.ts).
 */
import type { Endpoint } from 'payload'

import { hasRole } from '../../../access/roles'
import { AddFromRegisterError, addFromRegister } from '../../../import/addFromRegister'
import { RegisterApiError } from '../../../import/registerApi'

const json = (status: number, body: unknown) =>
  Response.json(body, { status, headers: { 'cache-control': 'no-store' } })

export const fromRegisterEndpoint: Endpoint = {
  path: '/from-register',
  method: 'post',
  handler: async (req) => {
    if (!req.user) return json(401, { error: 'Log in to the admin first.' })
    if (!hasRole(req.user, 'admin', 'editor', 'advisor'))
      return json(403, { error: 'Only staff can add businesses.' })
    const body = ((await req.json?.().catch(() => null)) ?? {}) as {
      orgNumber?: unknown
      businessId?: unknown
    }
    if (typeof body.orgNumber !== 'string')
      return json(400, { error: 'Send { "orgNumber": "974760673" }.' })
    const businessId = typeof body.businessId === 'number' ? body.businessId : undefined
    try {
      return json(200, await addFromRegister(req.payload, body.orgNumber, { businessId }))
    } catch (err) {
      if (err instanceof AddFromRegisterError) return json(err.status, { error: err.message })
      if (err instanceof RegisterApiError) return json(502, { error: err.message })
      throw err
    }
  },
}

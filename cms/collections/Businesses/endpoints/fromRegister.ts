/**
 * POST /api/businesses/from-register { orgNumber, businessId? }: the admin's "add by org number".
 * Staff only; the register is asked at BRREG_BASE_URL (cms/import/addFromRegister.ts). Every
 * message is in the staff member's admin language (the payload-lng cookie: Nynorsk unless they
 * chose English).
 */
import type { Endpoint, PayloadRequest } from 'payload'

import { hasRole } from '../../../access/roles'
import { inLanguageOf } from '../../../fields/labels'
import {
  AddFromRegisterError,
  addFromRegister,
  REGISTER_UNAVAILABLE,
} from '../../../import/addFromRegister'
import { RegisterApiError } from '../../../import/registerApi'

const json = (status: number, body: unknown) =>
  Response.json(body, { status, headers: { 'cache-control': 'no-store' } })

const refuse = (req: PayloadRequest, status: number, nn: string, en: string) =>
  json(status, { error: inLanguageOf(req, nn, en) })

export const fromRegisterEndpoint: Endpoint = {
  path: '/from-register',
  method: 'post',
  handler: async (req) => {
    if (!req.user)
      return refuse(req, 401, 'Logg inn i administrasjonen først.', 'Log in to the admin first.')
    if (!hasRole(req.user, 'admin', 'editor', 'advisor'))
      return refuse(
        req,
        403,
        'Berre tilsette kan leggje til verksemder.',
        'Only staff can add businesses.',
      )
    const body = ((await req.json?.().catch(() => null)) ?? {}) as {
      orgNumber?: unknown
      businessId?: unknown
    }
    if (typeof body.orgNumber !== 'string')
      return refuse(
        req,
        400,
        'Send { "orgNumber": "974760673" }.',
        'Send { "orgNumber": "974760673" }.',
      )
    const businessId = typeof body.businessId === 'number' ? body.businessId : undefined
    try {
      return json(200, await addFromRegister(req.payload, body.orgNumber, { businessId }))
    } catch (err) {
      if (err instanceof AddFromRegisterError)
        return refuse(req, err.status, err.texts.nn, err.texts.en)
      if (err instanceof RegisterApiError) {
        // The technical detail (address, network error) is for the log; staff can only wait.
        req.payload.logger.warn(`Add from the register: ${err.message}`)
        return refuse(req, 502, REGISTER_UNAVAILABLE, err.message)
      }
      throw err
    }
  },
}

/** The newsletter's public endpoints, mounted under /api/newsletter/… (registered in payload.config.ts). */
import type { Endpoint } from 'payload'

import { confirmEndpoints } from './confirm'
import { preferenceEndpoints } from './preferences'
import { subscribeEndpoint } from './subscribe'
import { unsubscribeEndpoints } from './unsubscribe'
import { webhookEndpoint } from './webhooks'

export const newsletterEndpoints: Endpoint[] = [
  subscribeEndpoint,
  ...confirmEndpoints,
  ...preferenceEndpoints,
  ...unsubscribeEndpoints,
  webhookEndpoint,
]

/** The editor's newsletter actions, mounted on the collection: /api/newsletters/:id/… */
import type { Endpoint } from 'payload'

import { fillEndpoint } from './fill'
import { previewEndpoint } from './preview'
import {
  decideUncertainEndpoint,
  progressEndpoint,
  resumeEndpoint,
  scheduleEndpoint,
  sendNowEndpoint,
  unscheduleEndpoint,
} from './sending'
import { testSendEndpoint } from './testSend'

export const newsletterAdminEndpoints: Endpoint[] = [
  fillEndpoint,
  previewEndpoint,
  testSendEndpoint,
  scheduleEndpoint,
  sendNowEndpoint,
  unscheduleEndpoint,
  progressEndpoint,
  resumeEndpoint,
  decideUncertainEndpoint,
]

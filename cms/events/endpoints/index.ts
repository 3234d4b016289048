import type { Endpoint } from 'payload'

import { attendeeListEndpoint } from './attendeeList'
import { cancelEndpoints } from './cancel'
import { eventSignupEndpoint } from './signup'

export const eventRegistrationEndpoints: Endpoint[] = [
  eventSignupEndpoint,
  ...cancelEndpoints,
  attendeeListEndpoint,
]

import type { Endpoint } from 'payload'

import { guidanceSubmitEndpoint } from './submit'

export const guidanceRequestEndpoints: Endpoint[] = [guidanceSubmitEndpoint]

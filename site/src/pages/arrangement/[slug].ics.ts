import type { APIRoute } from 'astro'

import { singleEventIcs } from '../../lib/icsRoutes'
import { eventPaths } from '../../lib/paths'

export const getStaticPaths = () => eventPaths('nn')
export const GET: APIRoute = (ctx) => singleEventIcs('nn', ctx)

import type { APIRoute } from 'astro'

import { calendarFeed } from '../../lib/icsRoutes'

export const GET: APIRoute = (ctx) => calendarFeed('nn', ctx)

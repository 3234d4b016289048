import type { APIRoute } from 'astro'

import { rssFeed } from '../../lib/feeds'

export const GET: APIRoute = (ctx) => rssFeed('en', ctx)

import type { APIRoute } from 'astro'

import { sitemapPages } from '../lib/feeds'

export const GET: APIRoute = (ctx) => sitemapPages(ctx)

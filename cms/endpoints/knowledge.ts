/**
 * GET /api/knowledge/statistics: counts of the register's businesses by industry, size and year,
 * for the site's knowledge-base page. Only aggregates leave the CMS (the site cannot read unlisted
 * businesses one by one, and must not), computed with access rules bypassed on purpose.
 */
import type { Endpoint } from 'payload'

import { loadBusinessStatistics } from '../knowledge/businessStatistics'

export const knowledgeStatisticsEndpoint: Endpoint = {
  path: '/knowledge/statistics',
  method: 'get',
  handler: async (req) =>
    Response.json(await loadBusinessStatistics(req.payload), {
      headers: { 'Cache-Control': 'no-store' },
    }),
}

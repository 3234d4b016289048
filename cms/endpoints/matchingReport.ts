/**
 * GET /api/matching/report.csv: the broker's matching report for a spreadsheet. Advisors and
 * admins only (logged in to the admin: the browser sends the session cookie).
 */
import type { Endpoint } from 'payload'

import { hasRole } from '../access/roles'
import { loadMatchingInput } from '../matching/loadMatchingInput'
import { matchNeedsToCourses } from '../matching/matchNeedsToCourses'
import { matchingReportCsv } from '../matching/reportCsv'

export const matchingReportCsvEndpoint: Endpoint = {
  path: '/matching/report.csv',
  method: 'get',
  handler: async (req) => {
    if (!hasRole(req.user, 'admin', 'advisor')) {
      const status = req.user ? 403 : 401
      return Response.json(
        {
          error:
            'The matching report is for advisors and admins: log in to the admin with such a role',
        },
        { status },
      )
    }
    const now = new Date()
    const csv = matchingReportCsv(matchNeedsToCourses(await loadMatchingInput(req.payload), now))
    return new Response(csv, {
      headers: {
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': `attachment; filename="kompetansematching-${now.toISOString().slice(0, 10)}.csv"`,
        'Cache-Control': 'no-store',
      },
    })
  },
}

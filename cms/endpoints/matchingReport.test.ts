import { beforeAll, describe, expect, it } from 'vitest'

import { testCms, type TestCms } from '../../test/helpers/cms'

let cms: TestCms
beforeAll(async () => {
  cms = await testCms()
  const topic = await cms.payload.create({
    collection: 'topics',
    data: { name: 'Rekruttering', slug: 'rekruttering' },
  })
  await cms.payload.create({
    collection: 'businesses',
    data: {
      name: 'Vinje Elektro AS',
      orgNumber: '921300018',
      needs: [{ topic: topic.id, priority: 'high', note: 'Fortruleg: tre går av med pensjon' }],
    },
    context: { skipSiteBuild: true },
  })
})

describe('GET /api/matching/report.csv', () => {
  it('gives advisors and admins the report as a CSV download', async () => {
    for (const role of ['advisor', 'admin'] as const) {
      const res = await cms.rest('/matching/report.csv', { token: await cms.staff([role]) })
      expect(res.status).toBe(200)
      expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8')
      expect(res.headers.get('content-disposition')).toMatch(
        /^attachment; filename="kompetansematching-\d{4}-\d{2}-\d{2}\.csv"$/,
      )
      const bytes = new Uint8Array(await res.arrayBuffer())
      // Norwegian Excel: a UTF-8 BOM (or æøå turn to mojibake) and semicolons between cells.
      expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
      const lines = new TextDecoder().decode(bytes).trim().split('\r\n')
      expect(lines[0].split(';')[0]).toBe('Tema')
      expect(lines[0].split(';')).toHaveLength(11)
      expect(lines[1]).toBe('Rekruttering;rekruttering;1;1;0;0;Vinje Elektro AS;0;;;ja')
    }
  })

  it('refuses anonymous visitors (401) and editors (403) without any of the data', async () => {
    const anonymous = await cms.rest('/matching/report.csv')
    expect(anonymous.status).toBe(401)
    const editor = await cms.rest('/matching/report.csv', { token: await cms.staff(['editor']) })
    expect(editor.status).toBe(403)
    for (const res of [anonymous, editor]) expect(await res.text()).not.toContain('Vinje Elektro')
  })
})

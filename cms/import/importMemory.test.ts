/**
 * The import streams: a 200,000-entity bulk file (about 230 MB of JSON once unzipped) goes
 * through with the heap barely growing.
 */
import path from 'node:path'
import v8 from 'node:v8'
import vm from 'node:vm'
import { beforeAll, expect, it } from 'vitest'

import { writeBulkFile } from '../../test/helpers/brregBulk'
import { testCms, type TestCms } from '../../test/helpers/cms'
import { importBusinesses } from './importBusinesses'

v8.setFlagsFromString('--expose-gc')
const gc = vm.runInNewContext('gc') as () => void

let cms: TestCms
let file: string
beforeAll(async () => {
  cms = await testCms()
  file = path.join(process.env.DATA_DIR!, 'enheter_alle.json.gz')
  await writeBulkFile(file, { total: 200_000, inMunicipality: 110 })
}, 600_000)

/**
 * What a non-streaming import would need: the unzipped text alone is ~230 MB, and as JS objects the
 * 200,000 entities take roughly 3 KB each (~600 MB). Streaming holds one unzipped piece (256 KB),
 * the record being scanned and the 110 mapped businesses (~50 KB).
 *
 * Two limits, both generous, because the heap also holds garbage until V8 collects it:
 *  - live heap (after a forced collection every 25,000 entities) may grow 32 MB: what the import
 *    keeps, with room for Payload's own caches; measured: a few MB.
 *  - peak heap without forcing collections may grow 150 MB: young-generation garbage between
 *    collections; measured: tens of MB. Both are far below the file.
 * Nothing here is timed: the time limits only keep a loaded machine from failing the test.
 */
const LIVE_GROWTH_LIMIT = 32 * 1024 * 1024
const PEAK_GROWTH_LIMIT = 150 * 1024 * 1024
const MB = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`

it('imports a 200,000-entity bulk file with bounded memory', async () => {
  gc()
  const baseline = process.memoryUsage().heapUsed
  let peak = 0
  let live = 0
  const summary = await importBusinesses(cms.payload, {
    file,
    kommune: '4036',
    progressEvery: 5_000,
    onProgress: (p) => {
      if (p.phase === 'reading' && p.read % 25_000 === 0) {
        gc()
        live = Math.max(live, process.memoryUsage().heapUsed - baseline)
      } else peak = Math.max(peak, process.memoryUsage().heapUsed - baseline)
    },
  })
  expect(summary).toMatchObject({ read: 200_000, inMunicipality: 110, created: 110, skipped: 0 })
  console.log(
    `heap growth during the import: live ${MB(live)} (limit ${MB(LIVE_GROWTH_LIMIT)}), peak ${MB(peak)} (limit ${MB(PEAK_GROWTH_LIMIT)})`,
  )
  expect(live).toBeLessThan(LIVE_GROWTH_LIMIT)
  expect(peak).toBeLessThan(PEAK_GROWTH_LIMIT)
}, 600_000)

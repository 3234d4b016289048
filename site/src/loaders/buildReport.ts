/**
 * What the build left out and why, for the editor: each loader hands in its withheld documents and
 * the whole list is written to `SITE_BUILD_REPORT` (when set) as `{ withheld: [...] }`. The
 * publisher reads it after the build (site/publish/build.ts).
 */
import fs from 'node:fs'

export interface WithheldDocument {
  /** The CMS collection's slug, e.g. `articles`. */
  collection: string
  id: string | number
  reason: string
}

export interface BuildReport {
  withheld: WithheldDocument[]
}

const byCollection = new Map<string, WithheldDocument[]>()

/** Store ids are strings; the CMS's are numbers, and the admin links by those. */
const cmsId = (id: string) => (/^\d+$/.test(id) ? Number(id) : id)

export function reportWithheld(collection: string, reasons: Map<string, string>) {
  byCollection.set(
    collection,
    [...reasons].map(([id, reason]) => ({ collection, id: cmsId(id), reason })),
  )
  const file = process.env.SITE_BUILD_REPORT
  if (!file) return
  const report: BuildReport = { withheld: [...byCollection.values()].flat() }
  // Written whole each time (loaders finish one by one) and renamed into place, never half.
  const tmp = `${file}.${process.pid}.tmp`
  fs.writeFileSync(tmp, JSON.stringify(report, null, 2))
  fs.renameSync(tmp, file)
}

/**
 * What the publisher needs of the build queue, and nothing more: the CMS implements it
 * (cms/siteBuilds/queue.ts) and `scripts/start.ts` hands it in, so publishing knows no database.
 */
export interface SiteBuildRequest {
  id: number | string
  requestedAt: string
  trigger?: string | null
}

export interface SiteBuildOutcome {
  durationMs: number
  log: string
  pages?: number
  error?: string
  /** Documents the build left out, each with what the editor must fix. */
  withheld?: { collection: string; id: string | number; reason: string }[]
}

export interface SiteBuildQueue {
  /** Ask for a build; requests close together fold into one. */
  request(reason: string): Promise<void>
  /** Marks builds cut off by a stop as failed and queues one to catch up. */
  recover(): Promise<void>
  /** The oldest queued build that has waited `debounceMs`, marked running; null if none. */
  claimNext(debounceMs: number): Promise<SiteBuildRequest | null>
  succeed(id: SiteBuildRequest['id'], outcome: SiteBuildOutcome): Promise<void>
  fail(id: SiteBuildRequest['id'], outcome: SiteBuildOutcome): Promise<void>
}

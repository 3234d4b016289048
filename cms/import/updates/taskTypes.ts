/** The daily register update job's name and its input and output (task.ts, schedule.ts). */
export const REGISTER_UPDATE_TASK = 'registerUpdate'

export interface RegisterUpdateInput {
  /** The next update id to read from each feed; unset: from `since`. */
  enheterFrom?: number | null
  underenheterFrom?: number | null
  /** ISO time to start from when a feed has no position yet. */
  since?: string | null
}

export interface RegisterUpdateOutput {
  status: string
  created?: number
  updated?: number
  flagged?: number
  enheterNext?: number
  underenheterNext?: number
}

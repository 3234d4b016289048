/**
 * The daily register update as a Payload job, run by the jobs worker of `npm start`
 * (cms/jobs/worker.ts). Each run applies the update feed since the previous run's last update
 * and queues the next run for the next morning, carrying the feed positions in its input: the
 * jobs list in the admin shows every run and where it stopped. The first run is queued by an
 * import of the municipality (or by "add by org number").
 */
import type { TaskConfig } from 'payload'

import { runScheduledUpdate } from './schedule'
import {
  REGISTER_UPDATE_TASK,
  type RegisterUpdateInput,
  type RegisterUpdateOutput,
} from './taskTypes'

export { REGISTER_UPDATE_TASK }

export const registerUpdateTask: TaskConfig<{
  input: RegisterUpdateInput
  output: RegisterUpdateOutput
}> = {
  slug: REGISTER_UPDATE_TASK,
  label: 'Daily update from Enhetsregisteret',
  inputSchema: [
    { name: 'enheterFrom', type: 'number' },
    { name: 'underenheterFrom', type: 'number' },
    { name: 'since', type: 'text' },
  ],
  outputSchema: [
    { name: 'status', type: 'text', required: true },
    { name: 'created', type: 'number' },
    { name: 'updated', type: 'number' },
    { name: 'flagged', type: 'number' },
    { name: 'enheterNext', type: 'number' },
    { name: 'underenheterNext', type: 'number' },
  ],
  // A failed run is retried the next morning by the run queued below, from the same positions.
  retries: 0,
  handler: async ({ input, req }) => {
    return { output: await runScheduledUpdate(req.payload, input) }
  },
}

/** One part of `npm start`: the jobs queue (scheduled publishing, newsletter sends, ANALYZE). */
import { getCms } from '../cms/getCms'
import { startJobsWorker } from '../cms/jobs/worker'
import { onStop } from './lib/listen'

const worker = startJobsWorker(await getCms())
console.log('Jobs worker running')
onStop(worker.stop)

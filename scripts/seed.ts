/** `npm run seed`: fills the database with the Vinje demo content (safe to run again). */
import { env } from '../cms/env'
import { getCms } from '../cms/getCms'
import { seed } from '../cms/seed'
import { printTally } from './lib/print'

const payload = await getCms()
const config = env()
const result = await seed(payload, { appEnv: config.appEnv, dataDir: config.dataDir })
printTally(result.tally)
if (result.adminLogin)
  console.log(`\nAdmin login: ${result.adminLogin.email} / ${result.adminLogin.password}`)
process.exit(0)

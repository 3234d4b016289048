/**
 * `npm run import:businesses -- --file <path> [--file <path>] [--kommune 4036]`, `-- --updates`,
 * `-- --orgnr <number>`: Enhetsregisteret -> businesses (cms/import/README.md).
 */
import { runImportCommand } from '../cms/import/cli'

await runImportCommand(process.argv.slice(2))

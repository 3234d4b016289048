/**
 * The one place that reads environment variables. Everything else imports `env`.
 * Validated at start so a missing production secret fails with its name, not deep inside a request.
 */
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

export type AppEnv = 'development' | 'test' | 'production'

export interface Env {
  appEnv: AppEnv
  payloadSecret: string
  /** Where the secret came from: said once at start so a developer knows a local one is in use. */
  payloadSecretSource: 'environment' | 'generated'
  databaseUrl: string
  serverUrl: string
  siteUrl: string
  dataDir: string
}

const WEAK_SECRETS = new Set(['secret', 'changeme', 'change-me', 'your_secret_here', 'payload', 'password'])
export const MIN_SECRET_LENGTH = 32

export class ConfigError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'ConfigError'
  }
}

function parseAppEnv(value: string | undefined): AppEnv {
  const v = (value ?? 'development').trim()
  if (v === 'development' || v === 'test' || v === 'production') return v
  throw new ConfigError(`APP_ENV is "${v}": use development, test or production`)
}

export function isWeakSecret(secret: string): boolean {
  return secret.length < MIN_SECRET_LENGTH || WEAK_SECRETS.has(secret.toLowerCase())
}

/** A development secret survives restarts (so logins stay valid) by living in the git-ignored data dir. */
function localSecret(dataDir: string): string {
  const file = path.join(dataDir, '.payload-secret')
  if (fs.existsSync(file)) return fs.readFileSync(file, 'utf8').trim()
  fs.mkdirSync(dataDir, { recursive: true })
  const secret = randomBytes(32).toString('hex')
  fs.writeFileSync(file, secret, { mode: 0o600 })
  return secret
}

function resolveSecret(source: NodeJS.ProcessEnv, appEnv: AppEnv, dataDir: string) {
  const given = source.PAYLOAD_SECRET?.trim()
  if (appEnv === 'production') {
    if (!given) throw new ConfigError('PAYLOAD_SECRET is not set: production needs a random secret of at least 32 characters (openssl rand -hex 32)')
    if (isWeakSecret(given)) throw new ConfigError(`PAYLOAD_SECRET is too weak: production needs at least ${MIN_SECRET_LENGTH} random characters`)
    return { payloadSecret: given, payloadSecretSource: 'environment' as const }
  }
  if (given) return { payloadSecret: given, payloadSecretSource: 'environment' as const }
  return { payloadSecret: localSecret(dataDir), payloadSecretSource: 'generated' as const }
}

function parseUrl(name: string, value: string): string {
  try {
    return new URL(value).toString().replace(/\/$/, '')
  } catch {
    throw new ConfigError(`${name} is not a URL: "${value}" (example: http://localhost:3000)`)
  }
}

export function readEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const appEnv = parseAppEnv(source.APP_ENV)
  const dataDir = path.resolve(source.DATA_DIR ?? 'data')
  const databaseUrl = source.DATABASE_URL?.trim() || `file:${path.join(dataDir, 'naeringshub.db')}`
  return {
    appEnv,
    ...resolveSecret(source, appEnv, dataDir),
    databaseUrl,
    serverUrl: parseUrl('SERVER_URL', source.SERVER_URL ?? 'http://localhost:3000'),
    siteUrl: parseUrl('SITE_URL', source.SITE_URL ?? 'http://localhost:4321'),
    dataDir,
  }
}

/** A developer's .env (git-ignored) fills what the shell did not set; tests never read it. */
function loadDotEnv() {
  if (process.env.APP_ENV !== 'test' && fs.existsSync('.env')) process.loadEnvFile('.env')
}

let cached: Env | undefined
/** Read once per process; tests that need other values call readEnv() themselves. */
export function env(): Env {
  if (!cached) {
    loadDotEnv()
    cached = readEnv()
  }
  return cached
}

import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import type { Payload } from 'payload'

import type { AppEnv } from '../env'
import { users } from './data/users'
import { ensure, type SeedTally } from './ensure'

export const DEV_ADMIN_EMAIL = 'admin@vinje.example'

export interface AdminLogin {
  email: string
  password: string
}

const randomPassword = () => randomBytes(12).toString('base64url')

/** Where the development admin's password is kept, so `npm start` can print it every time. */
export const adminLoginFile = (dataDir: string) => path.join(dataDir, 'admin-login.json')

/**
 * Staff users. Every password is random. Only in development is the admin's written to the data
 * folder and printed; in production nobody gets a known password (use "forgot password" or
 * create the first admin in the admin UI).
 */
export async function seedUsers(
  payload: Payload,
  tally: SeedTally,
  appEnv: AppEnv,
  dataDir: string,
) {
  const byEmail = new Map<string, number | string>()
  let adminLogin: AdminLogin | undefined
  for (const u of users) {
    const isDevAdmin = u.email === DEV_ADMIN_EMAIL
    if (isDevAdmin && appEnv === 'production') continue
    const password = randomPassword()
    const doc = await ensure(payload, tally, 'users', { email: { equals: u.email } }, async () => {
      const created = await payload.create({
        collection: 'users',
        locale: 'nn',
        data: {
          email: u.email,
          password,
          name: u.name,
          roles: u.roles,
          guidanceTopics: 'guidanceTopics' in u ? u.guidanceTopics : [],
          jobTitle: u.jobTitle.nn,
          phone: u.phone,
          showOnContactPage: u.showOnContactPage,
        },
      })
      await payload.update({
        collection: 'users',
        id: created.id,
        locale: 'en',
        data: { jobTitle: u.jobTitle.en },
      })
      if (isDevAdmin) {
        adminLogin = { email: u.email, password }
        fs.mkdirSync(dataDir, { recursive: true })
        fs.writeFileSync(adminLoginFile(dataDir), JSON.stringify(adminLogin, null, 2), {
          mode: 0o600,
        })
      }
      return created
    })
    byEmail.set(u.email, doc.id)
  }
  return { byEmail, adminLogin }
}

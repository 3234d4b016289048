import fs from 'node:fs'
import { describe, expect, it } from 'vitest'

import { testCms } from '../../test/helpers/cms'
import { seedUsers } from './users'
import { adminLoginFile } from './users'

describe('seeding in production', () => {
  it('never creates a login with a known password', async () => {
    const cms = await testCms()
    const { adminLogin } = await seedUsers(cms.payload, {}, 'production', process.env.DATA_DIR!)
    expect(adminLogin).toBeUndefined()
    expect(fs.existsSync(adminLoginFile(process.env.DATA_DIR!))).toBe(false)
    const admin = await cms.payload.find({
      collection: 'users',
      where: { email: { equals: 'admin@vinje.example' } },
    })
    expect(admin.totalDocs).toBe(0)
  })
})

import { describe, expect, it } from 'vitest'

import { listenSettings } from './listen'

describe('where npm start listens (F11)', () => {
  it('on loopback only, unless HOST opens it', () => {
    expect(listenSettings({}).host).toBe('127.0.0.1')
    expect(listenSettings({}).adminUrl).toBe('http://127.0.0.1:3000')
    const open = listenSettings({ HOST: '0.0.0.0', PORT: '3100', SITE_PORT: '4400' })
    expect(open.host).toBe('0.0.0.0')
    expect(open.siteUrl).toBe('http://127.0.0.1:4400')
  })
})

/** Next.js request proxy for the admin: the Nynorsk defaults of cms/admin/requestDefaults.ts. */
import { type NextRequest, NextResponse } from 'next/server'

import { adminRequestDefaults } from './admin/requestDefaults'
import { ADMIN_LANGUAGE_COOKIE } from './i18n/languages'

const ONE_YEAR = 60 * 60 * 24 * 365

export function proxy(request: NextRequest) {
  const { redirectTo, languageCookie } = adminRequestDefaults(
    request.nextUrl,
    request.cookies.has(ADMIN_LANGUAGE_COOKIE),
  )
  if (redirectTo) return NextResponse.redirect(new URL(redirectTo, request.url))
  if (!languageCookie) return NextResponse.next()
  // Payload reads the language from this very request's cookies, so add it here too.
  const headers = new Headers(request.headers)
  const cookie = `${languageCookie.name}=${languageCookie.value}`
  headers.set('cookie', [request.headers.get('cookie'), cookie].filter(Boolean).join('; '))
  const response = NextResponse.next({ request: { headers } })
  response.cookies.set(languageCookie.name, languageCookie.value, {
    path: '/',
    sameSite: 'lax',
    maxAge: ONE_YEAR,
  })
  return response
}

export const config = { matcher: ['/admin/:path*'] }

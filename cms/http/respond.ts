/**
 * Answers of the public endpoints: JSON for scripts, small HTML pages and 303 redirects (back to
 * the public site) for browsers. Never cached: they answer one person's post.
 */
import type { PayloadRequest } from 'payload'

export const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), {
    status,
    headers: {
      'content-type': 'application/json; charset=utf-8',
      'cache-control': 'no-store',
      ...headers,
    },
  })

export const htmlResponse = (status: number, html: string, headers: Record<string, string> = {}) =>
  new Response(html, {
    status,
    headers: {
      'content-type': 'text/html; charset=utf-8',
      'cache-control': 'no-store',
      // Pages with tokens in their address must not leak them to other sites.
      'referrer-policy': 'no-referrer',
      'x-robots-tag': 'noindex',
      'content-security-policy':
        "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
      ...headers,
    },
  })

export const redirect = (location: string, headers: Record<string, string> = {}) =>
  new Response(null, {
    status: 303,
    headers: { location, 'cache-control': 'no-store', ...headers },
  })

export const tokenFrom = (req: PayloadRequest, form?: Record<string, string | string[]>) => {
  const fromForm = form?.token
  return (
    (typeof fromForm === 'string' && fromForm) ||
    req.searchParams?.get('token') ||
    new URL(req.url!).searchParams.get('token') ||
    ''
  )
}

/**
 * The headers every answer of the public site carries, here and in deploy/Caddyfile (kept equal by
 * test/deploy.test.ts). The site is static HTML with inline CSS; its only scripts are files of its
 * own (the search page, and Pagefind's WebAssembly); forms post to the CMS.
 */
export function siteSecurityHeaders({
  formAction = [],
  hsts = false,
}: {
  /** Origins besides the site's own that its forms post to (the CMS on another port). */
  formAction?: string[]
  hsts?: boolean
} = {}): Record<string, string> {
  const others = formAction.map((url) => new URL(url).origin)
  const csp = [
    "default-src 'self'",
    "script-src 'self' 'wasm-unsafe-eval'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "object-src 'none'",
    "base-uri 'self'",
    `form-action ${["'self'", ...others].join(' ')}`,
    "frame-ancestors 'none'",
  ].join('; ')
  return {
    'Content-Security-Policy': csp,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    'X-Frame-Options': 'DENY',
    ...(hsts ? { 'Strict-Transport-Security': 'max-age=31536000; includeSubDomains' } : {}),
  }
}

/** Hashed build assets never change; everything else (HTML, feeds, search index) may at any build. */
export function cacheControl(pathname: string): string {
  return pathname.startsWith('/_astro/')
    ? 'public, max-age=31536000, immutable'
    : 'public, max-age=60, must-revalidate'
}

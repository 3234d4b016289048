import { withPayload } from '@payloadcms/next/withPayload'

/** The admin is the only Next.js app; the public site is Astro (site/). */
const nextConfig = {
  // One folder up holds node_modules and the lockfile: tell Next where the workspace root is.
  outputFileTracingRoot: new URL('..', import.meta.url).pathname,
  turbopack: { root: new URL('..', import.meta.url).pathname },
  typescript: { tsconfigPath: 'tsconfig.json' },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })

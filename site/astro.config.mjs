// The public site: static HTML built from the CMS's public REST API.
import { defineConfig } from 'astro/config'

import { warmRenderer } from './publish/warm/integration'

const cmsUrl = new URL(process.env.CMS_URL ?? 'http://localhost:3000')

export default defineConfig({
  site: process.env.SITE_URL ?? 'http://localhost:4321',
  // The publish job builds into a fresh folder and swaps it in only when the build succeeded.
  outDir: process.env.SITE_OUT_DIR ?? './dist',
  trailingSlash: 'ignore',
  build: { format: 'directory', concurrency: 4, inlineStylesheets: 'always' },
  image: {
    remotePatterns: [
      {
        protocol: cmsUrl.protocol.replace(':', ''),
        hostname: cmsUrl.hostname,
        ...(cmsUrl.port ? { port: cmsUrl.port } : {}),
      },
    ],
  },
  cacheDir: process.env.SITE_CACHE_DIR ?? './node_modules/.astro',
  devToolbar: { enabled: false },
  // Only in the publisher's renderer process: stays alive after the build to render publishes.
  integrations: [warmRenderer()],
  // Pages whose cache key (src/lib/pageKeys.ts) and code are unchanged since the last build are
  // not rendered again: a publish renders what changed, not the whole site.
  experimental: { incrementalBuild: true },
})

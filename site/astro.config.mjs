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
  // A publish renders what changed by the pages' cache keys (src/lib/pageKeys.ts). Astro's own
  // incremental build is not used: it writes every page twice (the build and its cache), which made
  // a full build of 10,000 articles 20 % slower, and its reuse rarely applies (the day is in every
  // key, so a nightly build renders every page anyway).
  integrations: [warmRenderer()],
})

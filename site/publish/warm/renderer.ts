/**
 * The warm renderer: an `astro build` that stays alive after its full build and renders publishes.
 *
 * Astro's own start-up, content sync, bundling and image step cost seconds on every build, and
 * grow with the site. This process pays them once. It keeps Astro's prerenderer (the bundle of
 * every page, loaded) and the content store (in memory). A publish then:
 *  1. syncs the content: the same loaders, fetching only what changed since the last sync;
 *  2. hands the store to the pages as a new generation (src/data/liveContent.ts) and asks the
 *     routes that read a changed collection for their paths again, each with its cache key
 *     (routePaths.ts, src/lib/pageKeys.ts);
 *  3. takes a folder holding the live build's files as links (made ready by the publisher,
 *     spare.ts; linked here when it is not);
 *  4. renders the pages whose key changed, the new ones and those without a key (home, lists,
 *     feeds) that read a changed collection, writing each as a new file, never through a link into the live build; removes
 *     the pages that are gone; makes the images new pages show (Astro's image step, for those alone)
 *     and removes those no page shows any more (each page's images come from Astro's render
 *     metadata).
 * The key of a page is the dependency record: it changes whenever anything the page shows changes.
 * The publisher (build.ts `publishWarm`) compresses the written files and swaps the folder live;
 * `test/site.incremental.test.ts` compares the result with a full build, file by file.
 *
 * It runs inside Astro's process, so it reaches into Astro's build modules (by file, as Astro
 * itself loads them); a new Astro version can move them, and then the test above fails.
 */
import fs from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

import type { AstroConfig, AstroPrerenderer } from 'astro'

import { osloDay } from '../../../common/oslo'
import {
  collectingReads,
  collectionsRead,
  type Reads,
  setLiveContent,
} from '../../src/data/liveContent'
import { linkTree } from '../search'
import type { FromRenderer, ToRenderer } from './protocol'
import { astroRouting, type PathWithRoute, type RouteApp, RoutePaths } from './routePaths'

export const isRendererProcess = () =>
  process.env.SITE_RENDERER === '1' && typeof process.send === 'function'

const astroDist = path.join(
  path.dirname(createRequire(fileURLToPath(import.meta.url)).resolve('astro/package.json')),
  'dist',
)
/**
 * Node's own import: Astro loads this file (through its config) with a Vite module runner that
 * handles `import()` in its code and is closed once the config is loaded.
 */
const nativeImport = new Function('url', 'return import(url)') as (url: string) => Promise<unknown>
/** One of Astro's own modules, the very instance its build uses (same file, same module). */
const astro = (rel: string): Promise<any> =>
  nativeImport(pathToFileURL(path.join(astroDist, rel)).href) as Promise<any>

// Astro's internal shapes, as far as they are used here.
interface Settings {
  config: AstroConfig & { outDir: URL; build: { format: string } }
}
interface BuildOptions {
  settings: Settings
  logger: unknown
}
interface BuildApp extends RouteApp {
  getOptions: () => BuildOptions
  getSettings: () => Settings
}
type Prerenderer = AstroPrerenderer & { app: BuildApp }
/** An optimised image a page asked for (Astro's render metadata). */
interface StaticImage {
  originalPath: string
  originalSrcPath?: string
  hash: string
  finalPath: string
  transform: unknown
}
type AstroAssets = { addStaticImage?: unknown; staticImages?: Map<string, unknown> }
const assets = () => (globalThis as { astroAsset?: AstroAssets }).astroAsset

interface Kept {
  prerenderer: Prerenderer
  addStaticImage: unknown
  routePaths?: RoutePaths
  paths: PathWithRoute[]
  /** The images of each page the full build rendered (address without its trailing slash). */
  images: Map<string, string[]>
  /** The collections each page the full build rendered read. */
  reads: Map<string, Set<string>>
}
let kept: Kept | undefined
let config: AstroConfig | undefined

export const rememberConfig = (c: AstroConfig) => (config = c)

async function bundleDir(c: AstroConfig): Promise<string> {
  const { getPrerenderOutputDirectory } = await astro('prerender/utils.js')
  return fileURLToPath(
    getPrerenderOutputDirectory({ config: c, buildOutput: 'static', adapter: undefined }),
  ).replace(/[\\/]$/, '')
}

/**
 * Every build, before Astro writes its bundle: a link left where the bundle goes (by a renderer
 * still running, or one that was killed) is removed, so the build writes a folder of its own and
 * never into a renderer's bundle.
 */
export async function unlinkKeptBundle(c: AstroConfig) {
  const bundle = await bundleDir(c)
  try {
    if (fs.lstatSync(bundle).isSymbolicLink()) fs.unlinkSync(bundle)
  } catch {
    // Nothing there.
  }
}

/**
 * Astro deletes its page bundle after the build; the renderer needs it for as long as it lives
 * (pages it has not rendered yet are loaded when first asked for). So before Astro loads it, the
 * bundle moves to a folder of this process's own (beside it) and a link takes its place: Node loads the modules
 * from where the link points, and Astro's removal takes only the link.
 */
async function keepBundle() {
  if (!config) return
  const bundle = await bundleDir(config)
  if (!fs.existsSync(bundle) || fs.lstatSync(bundle).isSymbolicLink()) return
  // Beside it: its imports of packages resolve from there as they did.
  const home = path.join(path.dirname(bundle), 'renderers')
  fs.mkdirSync(home, { recursive: true })
  for (const old of fs.readdirSync(home))
    if (!processAlive(Number(old))) removeQuietly(path.join(home, old))
  const mine = path.join(home, String(process.pid))
  removeQuietly(mine)
  fs.renameSync(bundle, mine)
  fs.symlinkSync(mine, bundle, 'dir')
}

function processAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

const removeQuietly = (p: string) => fs.rmSync(p, { recursive: true, force: true })

/** Astro's prerenderer, kept for after the build, with the paths of the full build. */
export function keepPrerenderer(astroDefault: AstroPrerenderer): AstroPrerenderer {
  const prerenderer = astroDefault as Prerenderer
  return {
    name: 'naeringshub:warm-renderer',
    async setup() {
      await keepBundle()
      await prerenderer.setup?.()
      kept = {
        prerenderer,
        addStaticImage: assets()?.addStaticImage,
        paths: [],
        images: new Map(),
        reads: new Map(),
      }
    },
    // Route by route, noting what each read: a publish asks again only the routes that read a
    // changed collection (routePaths.ts).
    async getStaticPaths() {
      if (!kept) throw new Error('The warm renderer was not set up')
      kept.routePaths = new RoutePaths(prerenderer.app, await astroRouting(astro))
      kept.paths = (await kept.routePaths.all('all')).paths
      return kept.paths as never
    },
    // Always with Astro's render metadata: which images each page shows is how the renderer later
    // knows an image no page shows any more.
    async render(request, options) {
      const reads: Reads = new Set()
      const rendered = await collectingReads(reads, () =>
        prerenderer.render(request, { ...options, collectMetadata: true }),
      )
      const address = addressOf(decodeURI(new URL(request.url).pathname))
      kept?.reads.set(address, collectionsRead(reads))
      if (rendered instanceof Response) return rendered
      kept?.images.set(address, finalPaths(rendered.metadata))
      return options.collectMetadata ? rendered : rendered.response
    },
    async teardown() {
      await prerenderer.teardown?.()
    },
  }
}

const addressOf = (pathname: string) => pathname.replace(/\/$/, '') || '/'
const imagesOf = (metadata: unknown) =>
  (metadata as { staticImages?: StaticImage[] } | undefined)?.staticImages ?? []
const finalPaths = (metadata: unknown) => imagesOf(metadata).map((i) => i.finalPath)

/** One entry per page address, the first route winning, as Astro's build does. */
function unique(paths: PathWithRoute[]): PathWithRoute[] {
  const seen = new Set<string>()
  return paths.filter((p) => {
    const key = addressOf(p.pathname)
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}

interface PageRecord {
  key?: string
  file: string
}

interface Warm {
  prerenderer: Prerenderer
  options: BuildOptions
  settings: Settings
  addStaticImage: unknown
  store: Store
  sync: () => Promise<void>
  routePaths: RoutePaths
  /** The live build's pages: address → key and file. */
  pages: Map<string, PageRecord>
  /** The images each page of the live build shows (their paths in the build, with a leading /). */
  images: Map<string, string[]>
  /** Every image path a build of this renderer had: those no page shows any more are removed. */
  knownImages: Set<string>
  /** The collections each page read when it was last rendered. */
  reads: Map<string, Set<string>>
  /** Each collection's entries when the live build was made (changedSince), and the day. */
  snapshot: Map<string, unknown[]>
  day: string
  generation: number
}

interface Store {
  values: (c: string) => { id: string; data: unknown; digest?: string | number }[]
  _collections: Map<string, Map<string, unknown>>
}

/**
 * Each collection's entries. A sync replaces only the entries whose content changed (Astro's store
 * keeps an entry whose digest is the same), so comparing them one by one, as objects, finds every
 * change without hashing 10,000 documents.
 */
function snapshotOf(store: Store): Map<string, unknown[]> {
  const snapshot = new Map<string, unknown[]>()
  for (const [name, entries] of store._collections)
    if (!name.startsWith('meta:')) snapshot.set(name, [...entries.values()])
  return snapshot
}

function changedSince(before: Map<string, unknown[]>, now: Map<string, unknown[]>): Set<string> {
  const changed = new Set<string>()
  for (const name of new Set([...before.keys(), ...now.keys()])) {
    const a = before.get(name) ?? []
    const b = now.get(name) ?? []
    if (a.length !== b.length || a.some((x, i) => x !== b[i])) changed.add(name)
  }
  return changed
}

/**
 * A page's file, relative to the build folder: the same on every build. Kept by path, as a route
 * whose paths are unchanged hands out the same path objects (routePaths.ts), and by route and
 * address for the others.
 */
const fileOfPath = new WeakMap<PathWithRoute, string>()
const files = new Map<string, string>()

/** Each page's file in the build, as Astro names it (relative to the build folder). */
async function recordOf(warm: Pick<Warm, 'settings'>, paths: PathWithRoute[]) {
  const { getOutFolder, getOutFile } = await astro('core/build/common.js')
  const { settings } = warm
  const root = fileURLToPath(settings.config.outDir)
  const pages = new Map<string, PageRecord>()
  for (const p of paths) {
    let file = fileOfPath.get(p)
    if (file === undefined) {
      const id = `${p.route.component}\0${p.pathname}`
      file = files.get(id)
      if (file === undefined) {
        const encoded = encodeURI(p.pathname)
        const folder = getOutFolder(settings, encoded, p.route)
        const url = getOutFile(settings.config.build.format, folder, encoded, p.route) as URL
        file = path.relative(root, fileURLToPath(url))
        files.set(id, file)
      }
      fileOfPath.set(p, file)
    }
    pages.set(p.pathname, { key: p.cacheKey, file })
  }
  return pages
}

/** The content store after the build, in memory only: syncs update it and never rewrite it to disk. */
async function openStore(settings: Settings, logger: unknown) {
  const { MutableDataStore } = await astro('content/mutable-data-store.js')
  const { getDataStoreChunkSize, getDataStoreDir, getDataStoreFile } =
    await astro('content/paths.js')
  const { ContentLayer } = await astro('content/content-layer.js')
  const chunkSize = getDataStoreChunkSize(settings)
  const onDisk =
    chunkSize === undefined
      ? await MutableDataStore.fromFile(getDataStoreFile(settings, false))
      : await MutableDataStore.fromDir(getDataStoreDir(settings, false), chunkSize, logger)
  const store = await MutableDataStore.fromMap(onDisk._collections)
  const layer = new ContentLayer({ settings, logger, store })
  // After its loaders, Astro walks every entry of every collection looking for references to check
  // (content-layer.js #validateReferences): 10,000 articles' rich text on each publish. The site's
  // collections hold no Astro references (their relations are CMS ids, resolved by data/index.ts),
  // and the loaders never list the store, so while a sync runs the store lists nothing.
  let syncing = false
  const values = store.values.bind(store)
  store.values = (c: string) => (syncing ? [] : values(c))
  const sync = async () => {
    syncing = true
    try {
      await layer.sync()
    } finally {
      syncing = false
    }
  }
  return { store, sync }
}

const PAGE_CONCURRENCY = 4

async function publish(warm: Warm, msg: Extract<ToRenderer, { type: 'publish' }>) {
  const started = performance.now()
  const lap = (() => {
    let last = started
    return () => {
      const now = performance.now()
      const ms = Math.round(now - last)
      last = now
      return `${ms} ms`
    }
  })()
  const log: string[] = []
  process.env.SITE_BUILD_REPORT = msg.report
  await warm.sync()
  log.push(`Content synced (${lap()})`)

  setLiveContent({
    generation: ++warm.generation,
    now: new Date(),
    entries: (c) => warm.store.values(c),
  })
  // A page or route without a key is asked again when a collection it read changed, or the day did
  // (what is upcoming or past).
  const day = osloDay(new Date().toISOString())
  const snapshot = snapshotOf(warm.store)
  const changed = changedSince(warm.snapshot, snapshot)
  const newDay = day !== warm.day
  const asked = await warm.routePaths.all(newDay ? 'all' : changed)
  const paths = unique(asked.paths)
  const pathsMs = lap()
  warm.settings.config.outDir = pathToFileURL(msg.dir + path.sep)
  const pages = await recordOf(warm, paths)
  const unkeyedStale = (address: string) => {
    const read = warm.reads.get(address)
    return newDay || !read || [...read].some((c) => changed.has(c))
  }
  const stale = paths.filter((p) => {
    const before = warm.pages.get(p.pathname)
    const now = pages.get(p.pathname)!
    if (!before || before.file !== now.file) return true
    return p.cacheKey === undefined
      ? unkeyedStale(addressOf(p.pathname))
      : before.key !== p.cacheKey
  })
  warm.snapshot = snapshot
  warm.day = day
  log.push(`Changed: ${[...changed].join(', ') || 'nothing'}${newDay ? ' (a new day)' : ''}`)
  const files = new Set([...pages.values()].map((p) => p.file))
  const removed = [...warm.pages.values()].map((p) => p.file).filter((f) => !files.has(f))
  log.push(
    `${paths.length} pages (${asked.asked} routes asked for their paths and keys: ${pathsMs}; slowest: ${asked.slowest.map(([r, ms]) => `${r} ${ms} ms`).join(', ')}), ${stale.length} to render, ${removed.length} gone (${lap()})`,
  )

  // Usually the publisher has the folder ready (spare.ts); otherwise it is made now.
  if (!msg.linked)
    log.push(`Linked ${await linkTree(msg.live, msg.dir)} files of the live build (${lap()})`)
  for (const rel of removed) {
    for (const ext of ['', '.br', '.gz']) fs.rmSync(path.join(msg.dir, rel + ext), { force: true })
    removeEmptyFolders(msg.dir, path.dirname(rel))
  }

  const rendered = await renderPages(warm, msg.dir, stale)
  log.push(
    `Rendered ${rendered.written.length} files (${lap()}; slowest: ${rendered.slowest.join(', ')})`,
  )
  for (const rel of removedAddresses(warm.pages, pages)) warm.images.delete(rel)
  for (const [address, images] of rendered.images)
    warm.images.set(
      address,
      images.map((i) => i.finalPath),
    )
  const made = await makeImages(warm, msg.dir, [...rendered.images.values()].flat())
  const unshown = removeUnshownImages(warm, msg.dir)
  if (made.length || unshown.length)
    log.push(`Made ${made.length} images, removed ${unshown.length} no page shows (${lap()})`)
  const written = [...rendered.written, ...made]
  removed.push(...unshown)

  warm.pages = pages
  const count = paths.filter((p) => p.route.type === 'page').length
  log.push(`Published in ${Math.round(performance.now() - started)} ms by the warm renderer`)
  return {
    written,
    removed,
    pages: count,
    log: log.join('\n') + '\n',
  }
}

function removeEmptyFolders(root: string, rel: string) {
  for (let dir = rel; dir && dir !== '.'; dir = path.dirname(dir)) {
    try {
      fs.rmdirSync(path.join(root, dir))
    } catch {
      return
    }
  }
}

const removedAddresses = (before: Map<string, PageRecord>, now: Map<string, PageRecord>) =>
  [...before.keys()].filter((p) => !now.has(p)).map(addressOf)

async function renderPages(warm: Warm, dir: string, stale: PathWithRoute[]) {
  const { renderPath } = await astro('core/build/generate.js')
  const astroAsset = assets()
  // Astro removes its image hook once the build's images are made; a publish's pages need it again.
  if (astroAsset) {
    astroAsset.addStaticImage = warm.addStaticImage
    astroAsset.staticImages = new Map()
  }
  const written: string[] = []
  const images = new Map<string, StaticImage[]>()
  const took: [string, number][] = []
  let next = 0
  const worker = async () => {
    while (next < stale.length) {
      const p = stale[next++]
      const began = performance.now()
      p.route.distURL = undefined
      const reads: Reads = new Set()
      const result = await collectingReads(reads, () =>
        renderPath({
          prerenderer: warm.prerenderer,
          pathname: p.pathname,
          route: p.route,
          options: warm.options,
          logger: warm.options.logger,
          collectMetadata: true,
        }),
      )
      images.set(addressOf(p.pathname), imagesOf(result?.metadata))
      warm.reads.set(addressOf(p.pathname), collectionsRead(reads))
      if (!result) continue
      const file = fileURLToPath(result.outFile as URL)
      // A new file, never a write through the link into the live build.
      for (const ext of ['', '.br', '.gz']) await fs.promises.rm(file + ext, { force: true })
      await fs.promises.mkdir(path.dirname(file), { recursive: true })
      await fs.promises.writeFile(file, result.body as Buffer)
      written.push(path.relative(dir, file))
      took.push([p.pathname, performance.now() - began])
    }
  }
  await Promise.all(Array.from({ length: PAGE_CONCURRENCY }, worker))
  const slowest = took
    .sort((a, b) => b[1] - a[1])
    .slice(0, 5)
    .map(([page, ms]) => `${page} ${Math.round(ms)} ms`)
  return { written, images, slowest }
}

/** The optimised images the rendered pages show that the live build does not have yet. */
async function makeImages(warm: Warm, dir: string, shown: StaticImage[]): Promise<string[]> {
  const byOriginal = new Map<
    string,
    { originalSrcPath?: string; transforms: Map<string, unknown> }
  >()
  const made = new Set<string>()
  for (const image of shown) {
    if (made.has(image.finalPath) || fs.existsSync(path.join(dir, image.finalPath))) continue
    made.add(image.finalPath)
    const entry = byOriginal.get(image.originalPath) ?? {
      originalSrcPath: image.originalSrcPath,
      transforms: new Map(),
    }
    entry.transforms.set(image.hash, { finalPath: image.finalPath, transform: image.transform })
    byOriginal.set(image.originalPath, entry)
  }
  if (!made.size) return []
  const { prepareAssetsGenerationEnv, generateImagesForPath } = await astro(
    'assets/build/generate.js',
  )
  const env = await prepareAssetsGenerationEnv(warm.options, made.size)
  for (const [original, entry] of byOriginal) await generateImagesForPath(original, entry, env)
  return [...made].map((f) => f.replace(/^\//, ''))
}

/** Images a build of this renderer had that no page shows now: a full build would not have them. */
function removeUnshownImages(warm: Warm, dir: string): string[] {
  const shown = new Set([...warm.images.values()].flat())
  const gone: string[] = []
  for (const image of warm.knownImages) {
    if (shown.has(image)) continue
    const rel = image.replace(/^\//, '')
    for (const ext of ['', '.br', '.gz']) fs.rmSync(path.join(dir, rel + ext), { force: true })
    gone.push(rel)
  }
  warm.knownImages = shown
  return gone
}

/**
 * With SITE_RENDERER_PROFILE=<folder>, each publish's CPU profile is written there (open it in
 * Chromium's DevTools): how the time of a publish is found, not guessed.
 */
async function profiled<R>(work: () => Promise<R>): Promise<R> {
  const folder = process.env.SITE_RENDERER_PROFILE
  if (!folder) return work()
  const { Session } = (await nativeImport(
    'node:inspector/promises',
  )) as typeof import('node:inspector/promises')
  const session = new Session()
  session.connect()
  await session.post('Profiler.enable')
  await session.post('Profiler.setSamplingInterval', { interval: 200 })
  await session.post('Profiler.start')
  try {
    return await work()
  } finally {
    const { profile } = await session.post('Profiler.stop')
    fs.mkdirSync(folder, { recursive: true })
    fs.writeFileSync(path.join(folder, `publish-${Date.now()}.cpuprofile`), JSON.stringify(profile))
    session.disconnect()
  }
}

const send = (msg: FromRenderer) =>
  new Promise<void>((resolve, reject) =>
    process.send!(msg, undefined, {}, (err) => (err ? reject(err) : resolve())),
  )

/**
 * After the full build: tells the publisher, then renders each publish it is sent, one at a time,
 * until told to stop or the publisher is gone.
 */
export async function serveRenderer(): Promise<void> {
  if (!kept?.routePaths)
    throw new Error('The warm renderer has no prerenderer: Astro did not prerender')
  const { prerenderer, routePaths } = kept
  const options = prerenderer.app.getOptions()
  const settings = prerenderer.app.getSettings()
  const content = await openStore(settings, options.logger)
  const warm: Warm = {
    prerenderer,
    options,
    settings,
    addStaticImage: kept.addStaticImage,
    store: content.store,
    sync: content.sync,
    routePaths,
    pages: new Map(),
    images: new Map(),
    knownImages: new Set(),
    reads: kept.reads,
    snapshot: snapshotOf(content.store),
    day: osloDay(new Date().toISOString()),
    generation: 0,
  }
  const paths = unique(kept.paths)
  warm.pages = await recordOf(warm, paths)
  for (const p of paths) {
    const address = addressOf(p.pathname)
    warm.images.set(address, kept.images.get(address) ?? [])
  }
  warm.knownImages = new Set([...warm.images.values()].flat())
  kept = undefined
  await send({ type: 'built' })

  await new Promise<void>((resolve) => {
    let queue = Promise.resolve()
    process.on('disconnect', resolve)
    process.on('message', (msg: ToRenderer) => {
      if (msg.type === 'shutdown') return resolve()
      if (msg.type !== 'publish') return
      queue = queue.then(async () => {
        try {
          const result = await profiled(() => publish(warm, msg))
          await send({ type: 'published', id: msg.id, ...result })
        } catch (err) {
          const error = err instanceof Error ? err.message : String(err)
          await send({
            type: 'failed',
            id: msg.id,
            error,
            log: String((err as Error)?.stack ?? err),
          }).catch(() => resolve())
        }
      })
    })
  })
  // Astro would otherwise go on to print its summary and leave handles open.
  process.exit(0)
}

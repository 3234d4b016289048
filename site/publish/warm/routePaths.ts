/**
 * Every page's path, asked route by route, with what each route's `getStaticPaths` read.
 *
 * Astro asks every route for its paths on every build: at 10,000 articles that is 11,500 paths,
 * their cache keys and their addresses worked out again (200–300 ms of a publish), whatever changed.
 * Here a route whose `getStaticPaths` read none of the collections that changed keeps its paths
 * (and its entry in Astro's route cache, where rendering finds a page's props), and an entry its
 * route hands out again (lib/paths.ts keeps an article's entry while its key is unchanged) keeps its
 * address. What a route read is noted by the data layer (src/data/liveContent.ts), as for pages.
 * A new day asks every route again: what is upcoming or past is in the keys.
 *
 * It does what Astro's `StaticPaths.getAll` (astro/dist/runtime/prerender/static-paths.js) and
 * `callGetStaticPaths` do, in the same order; `test/site.incremental.test.ts` holds the result to a
 * full build of Astro's own.
 */
import { collectingReads, collectionsRead, type Reads } from '../../src/data/liveContent'

export interface Route {
  type: string
  component: string
  route: string
  pathname?: string
  prerender?: boolean
  fallbackRoutes?: Route[]
  distURL?: URL[]
}
export interface PathWithRoute {
  pathname: string
  route: Route
  cacheKey?: string
}
interface StaticPath {
  params: Record<string, string | undefined>
  cacheKey?: unknown
}
type StaticPaths = StaticPath[] & { keyed?: Map<string, StaticPath> }
interface Module {
  getStaticPaths?: (opts: unknown) => Promise<StaticPath[]> | StaticPath[]
}
export interface RouteApp {
  manifest: {
    routes: { routeData: Route }[]
    trailingSlash: string
    base: string
    serverLike?: boolean
  }
  routeCache: {
    cache: Record<string, unknown>
    key: (route: Route) => string
    set: (route: Route, entry: { mod: Module; staticPaths: StaticPaths }) => void
  }
  getComponentByRoute: (route: Route) => Promise<Module>
}

/** Astro's own helpers, the instances its build uses. */
export interface AstroRouting {
  stringifyParams: (params: StaticPath['params'], route: Route, trailingSlash: string) => string
  validateDynamicRouteModule: (mod: Module, opts: { ssr?: boolean; route: Route }) => void
  validateGetStaticPathsResult: (result: unknown, route: Route) => void
  generatePaginateFunction: (route: Route, base: string, trailingSlash: string) => unknown
}

interface Asked {
  paths: PathWithRoute[]
  /** The collections its getStaticPaths read. */
  reads: Set<string>
}

export interface AllPaths {
  paths: PathWithRoute[]
  /** How many routes were asked again (the others kept their paths). */
  asked: number
  /** The slowest of them to answer, for the log: route and milliseconds. */
  slowest: [string, number][]
  /** The collections any route's getStaticPaths read. */
  read: Set<string>
}

export class RoutePaths {
  readonly #routes = new Map<string, Asked>()
  /** Each path entry a route handed out, with its page: handed out again, it is reused. */
  readonly #known = new WeakMap<StaticPath, PathWithRoute>()

  constructor(
    private readonly app: RouteApp,
    private readonly astro: AstroRouting,
  ) {}

  /**
   * The paths of every prerendered route; `changed` is the collections changed since the last
   * call, or 'all' (the first call, a new day) to ask every route.
   */
  async all(changed: Set<string> | 'all'): Promise<AllPaths> {
    const paths: PathWithRoute[] = []
    const read = new Set<string>()
    let asked = 0
    const took: [string, number][] = []
    for (const { routeData } of this.app.manifest.routes) {
      if (!routeData.prerender) continue
      for (const route of [routeData, ...(routeData.fallbackRoutes ?? [])]) {
        if (route.type === 'redirect' || route.type === 'fallback')
          throw new Error(`Route ${route.route}: redirects and fallbacks are not supported here`)
        if (route.pathname) {
          paths.push({ pathname: route.pathname, route })
          continue
        }
        const key = this.app.routeCache.key(route)
        let known = this.#routes.get(key)
        if (!known || changed === 'all' || [...known.reads].some((c) => changed.has(c))) {
          const began = performance.now()
          known = await this.#ask(route)
          took.push([route.route, Math.round(performance.now() - began)])
          this.#routes.set(key, known)
          asked++
        }
        for (const c of known.reads) read.add(c)
        for (const p of known.paths) paths.push(p)
      }
    }
    const slowest = took.sort((a, b) => b[1] - a[1]).slice(0, 3)
    return { paths, asked, read, slowest }
  }

  /** What Astro's callGetStaticPaths does, with the reads noted and known entries' addresses kept. */
  async #ask(route: Route): Promise<Asked> {
    const { manifest, routeCache } = this.app
    const { stringifyParams, validateDynamicRouteModule, validateGetStaticPathsResult } = this.astro
    const mod = await this.app.getComponentByRoute(route)
    validateDynamicRouteModule(mod, { ssr: manifest.serverLike, route })
    const reads: Reads = new Set()
    const staticPaths = (await collectingReads(reads, () =>
      mod.getStaticPaths!({
        paginate: this.astro.generatePaginateFunction(route, manifest.base, manifest.trailingSlash),
        routePattern: route.route,
      }),
    )) as StaticPaths
    validateGetStaticPathsResult(
      Array.isArray(staticPaths)
        ? staticPaths.filter((sp) => this.#known.get(sp)?.route !== route)
        : staticPaths,
      route,
    )
    const keyed = new Map<string, StaticPath>()
    const paths = staticPaths.map((sp) => {
      let page = this.#known.get(sp)
      if (page?.route !== route) {
        const cacheKey = sp.cacheKey === undefined ? undefined : String(sp.cacheKey)
        page = {
          pathname: stringifyParams(sp.params, route, manifest.trailingSlash),
          route,
          cacheKey,
        }
        this.#known.set(sp, page)
      }
      keyed.set(page.pathname, sp)
      return page
    })
    staticPaths.keyed = keyed
    // Rendering finds a page's props in Astro's route cache: the new paths replace the old.
    delete routeCache.cache[routeCache.key(route)]
    routeCache.set(route, { mod, staticPaths })
    return { paths, reads: collectionsRead(reads) }
  }
}

/** Astro's routing helpers, loaded with the given import (the build's own module instances). */
export async function astroRouting(astro: (rel: string) => Promise<any>): Promise<AstroRouting> {
  const [params, validation, paginate] = await Promise.all([
    astro('core/routing/params.js'),
    astro('core/routing/validation.js'),
    astro('core/render/paginate.js'),
  ])
  return {
    stringifyParams: params.stringifyParams,
    validateDynamicRouteModule: validation.validateDynamicRouteModule,
    validateGetStaticPathsResult: validation.validateGetStaticPathsResult,
    generatePaginateFunction: paginate.generatePaginateFunction,
  }
}

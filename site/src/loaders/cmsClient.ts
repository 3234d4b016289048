/**
 * Reads the CMS's public REST API as an anonymous visitor: the site can only ever see what the
 * public may see (no drafts, no staff-only fields, no subscribers).
 */
export const cmsUrl = () => (process.env.CMS_URL ?? 'http://localhost:3000').replace(/\/$/, '')

export class CmsUnreachableError extends Error {}

export async function cmsGet<T>(pathAndQuery: string): Promise<T> {
  const url = `${cmsUrl()}/api${pathAndQuery}`
  let res: Response
  try {
    res = await fetch(url, { signal: AbortSignal.timeout(30_000) })
  } catch (err) {
    throw new CmsUnreachableError(
      `The CMS did not answer at ${url} (${(err as Error).message}): is it running, and is CMS_URL right?`,
    )
  }
  if (!res.ok)
    throw new Error(
      `The CMS answered ${res.status} for ${url}: ${(await res.text()).slice(0, 300)}`,
    )
  return (await res.json()) as T
}

export interface PageOf<T> {
  docs: T[]
  hasNextPage: boolean
  nextPage?: number | null
  totalDocs: number
}

export const query = (params: Record<string, string | number | undefined>) =>
  Object.entries(params)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(String(v))}`)
    .join('&')

import type { CollectionBeforeChangeHook } from 'payload'

/** The first publish stamps the date readers see; editors may still set it by hand. */
export const setPublishedAt: CollectionBeforeChangeHook = ({ data }) => {
  if (data._status === 'published' && !data.publishedAt) data.publishedAt = new Date().toISOString()
  return data
}

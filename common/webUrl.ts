/**
 * A web address (http or https with a host): the only kind of editor-typed link the site may turn
 * into an `href`. A `javascript:` or `data:` URL would run script when a visitor clicks it.
 */
export function isWebUrl(value: string | null | undefined): value is string {
  if (!value || /[\s\u0000-\u001f]/.test(value)) return false
  try {
    const url = new URL(value)
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname !== ''
  } catch {
    return false
  }
}

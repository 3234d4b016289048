/** The CMS address as browsers reach it (forms post there); may differ from the build's CMS_URL. */
export const publicCmsUrl = () =>
  (
    process.env.PUBLIC_CMS_URL ??
    process.env.SERVER_URL ??
    process.env.CMS_URL ??
    'http://localhost:3000'
  ).replace(/\/$/, '')

/** Names shared by the Payload config and the request proxy (which must not load Payload). */
export const ADMIN_LANGUAGE_COOKIE = 'payload-lng'
export const DEFAULT_ADMIN_LANGUAGE = 'nn'

/**
 * Test and benchmark data leaves out what the collections' hooks and defaults fill in (the slug
 * from the title, an event's time zone); Payload's generated types require them.
 */
export const filledByHooks = <T extends object>(data: T) =>
  data as T & { slug: string; startsAt_tz: 'Europe/Oslo' }

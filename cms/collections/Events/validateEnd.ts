import type { Validate } from 'payload'

export const endAfterStart: Validate<Date | string> = (value, { siblingData }) => {
  const start = (siblingData as { startsAt?: string })?.startsAt
  if (!value || !start) return true
  return new Date(value) >= new Date(start) ? true : 'The event cannot end before it starts'
}

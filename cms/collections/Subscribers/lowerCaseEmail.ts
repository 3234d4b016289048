import type { FieldHook } from 'payload'

/** Addresses are compared lower-cased so Ola@Vinje.no and ola@vinje.no are one subscriber. */
export const lowerCaseEmail: FieldHook = ({ value }) =>
  typeof value === 'string' ? value.trim().toLowerCase() : value

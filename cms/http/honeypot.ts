/**
 * A field people never see (hidden with CSS, labelled "leave empty") that form-filling bots do
 * fill. A filled honeypot gets the same answer as a real submission, and nothing is stored, so the
 * bot learns nothing.
 */
export const HONEYPOT_FIELD = 'website'

export function isHoneypotFilled(fields: Record<string, unknown>, field = HONEYPOT_FIELD): boolean {
  const value = fields[field]
  if (Array.isArray(value)) return value.some((v) => typeof v === 'string' && v.trim() !== '')
  return typeof value === 'string'
    ? value.trim() !== ''
    : value !== undefined && value !== null && value !== ''
}

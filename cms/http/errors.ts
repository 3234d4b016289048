/**
 * The one refusal every public endpoint throws: the HTTP status it deserves, a message for the
 * person sending (in their language where the endpoint knows it), the field at fault, and any
 * headers the answer needs (Retry-After).
 */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly field?: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message)
    this.name = 'HttpError'
  }
}

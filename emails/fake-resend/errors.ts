/** Resend's error bodies: `{ statusCode, name, message }`, the shape the SDK passes on as `error`. */
export type ResendErrorName =
  | 'validation_error'
  | 'missing_required_field'
  | 'invalid_parameter'
  | 'invalid_idempotency_key'
  | 'invalid_idempotent_request'
  | 'concurrent_idempotent_requests'
  | 'missing_api_key'
  | 'invalid_api_key'
  | 'not_found'
  | 'method_not_allowed'
  | 'rate_limit_exceeded'
  | 'application_error'
  | 'internal_server_error'

export interface ResendError {
  statusCode: number
  name: ResendErrorName
  message: string
}

export const resendError = (
  statusCode: number,
  name: ResendErrorName,
  message: string,
): ResendError => ({ statusCode, name, message })

/** Thrown by validation; the server turns it into the JSON answer. */
export class ResendHttpError extends Error {
  constructor(readonly body: ResendError) {
    super(body.message)
  }
}

export const fail = (statusCode: number, name: ResendErrorName, message: string): never => {
  throw new ResendHttpError(resendError(statusCode, name, message))
}

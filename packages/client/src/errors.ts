import type { ResponseMessage } from './types.js';

/**
 * The service answered with a status that is not a success. `errors[]` and
 * `messages[]` are the service's own envelope (empty when the body was not
 * one: an HTML page, nothing, invalid JSON); `requestId` is the `cf-ray`
 * header, which Cloudflare support asks for. Holds nothing of the request,
 * so no credential can leak through `message`, `toString()`, `JSON.stringify`
 * or a logger.
 */
export class ApiError extends Error {
  override name = 'ApiError';
  declare readonly status: number;
  declare readonly errors: ResponseMessage[];
  declare readonly messages: ResponseMessage[];
  /** The `cf-ray` response header, when present. */
  declare readonly requestId: string | undefined;
  /** The response headers (e.g. `retry-after`; `sl-violations` from the Prism mock). */
  declare readonly headers: Headers;

  /** @param body the parsed envelope; the text when it was not JSON; undefined when empty */
  constructor(response: Response, body?: unknown) {
    const { errors, messages } = (body ?? {}) as { errors?: unknown; messages?: unknown };
    const list = (value: unknown) => (Array.isArray(value) ? (value as ResponseMessage[]) : []);
    const requestId = response.headers.get('cf-ray') ?? undefined;
    // The status, then the service's codes: what a reader of a log line needs.
    const detail =
      list(errors).map((e) => `${e.code} ${e.message}`).join('; ') ||
      (!body
        ? 'empty body'
        : typeof body === 'string'
          ? `body is not JSON (${response.headers.get('content-type')})`
          : 'body is not a Cloudflare API envelope');
    super(`${response.status}: ${detail}${requestId ? ` (cf-ray ${requestId})` : ''}`);
    Object.assign(this, { status: response.status, errors: list(errors), messages: list(messages), requestId, headers: response.headers });
  }
}

/** 400: the request is malformed (e.g. the body is not JSON). */
export class BadRequestError extends ApiError {
  override name = 'BadRequestError';
  declare readonly status: 400;
}
/** 401: missing or invalid credentials. */
export class AuthenticationError extends ApiError {
  override name = 'AuthenticationError';
  declare readonly status: 401;
}
/** 403: the credentials lack a required permission on this account. */
export class PermissionDeniedError extends ApiError {
  override name = 'PermissionDeniedError';
  declare readonly status: 403;
}
/** 404: no such account or route. */
export class NotFoundError extends ApiError {
  override name = 'NotFoundError';
  declare readonly status: 404;
}
/** 409: conflicts with the current state. */
export class ConflictError extends ApiError {
  override name = 'ConflictError';
  declare readonly status: 409;
}
/** 422: the body breaks the schema (a length, an enum, a required or unknown field). */
export class UnprocessableEntityError extends ApiError {
  override name = 'UnprocessableEntityError';
  declare readonly status: 422;
}
/** 429: rate limited; thrown once the retries allowed for 429 are used up. */
export class RateLimitError extends ApiError {
  override name = 'RateLimitError';
  declare readonly status: 429;
}
/** Any status ≥ 500. Not retried by default: the service may have acted. */
export class InternalServerError extends ApiError {
  override name = 'InternalServerError';
}

const CLASS_BY_STATUS: Record<number, typeof ApiError | undefined> = {
  400: BadRequestError,
  401: AuthenticationError,
  403: PermissionDeniedError,
  404: NotFoundError,
  409: ConflictError,
  422: UnprocessableEntityError,
  429: RateLimitError,
};

/**
 * The error for a response that is not a success, of the most specific class
 * for its status (plain `ApiError` for e.g. 415). Never throws itself.
 */
export function toApiError(response: Response, body?: unknown): ApiError {
  const status = response.status;
  return new (CLASS_BY_STATUS[status] ?? (status >= 500 ? InternalServerError : ApiError))(response, body);
}

/** No response arrived: DNS, refused or reset connection, TLS... `cause` has the runtime's error. */
export class ConnectionError extends Error {
  override name = 'ConnectionError';
}

/** No response within `timeoutMs`. Never retried: the request may have reached the service. */
export class TimeoutError extends ConnectionError {
  override name = 'TimeoutError';
}

import { toApiError } from './errors.js';

/**
 * For calls on the raw client (`createRawClient`): returns `data`, or throws the `ApiError` for the
 * status. openapi-fetch never throws on an error status, and throwing from
 * its middleware is unreliable, so this helper does it.
 *
 * @example const envelope = unwrap(await raw.POST(path, { params, body }));
 */
export function unwrap<Result extends { data?: unknown; error?: unknown; response: Response }>(
  result: Result,
): NonNullable<Result['data']> {
  if (result.data == null) throw toApiError(result.response, result.error);
  return result.data as NonNullable<Result['data']>;
}

import createClient, { type Client } from 'openapi-fetch';
import { resolveOptions, type ClientOptions } from './client.js';
import { sendWithPolicy } from './transport.js';
import type { paths } from './types.js';

export type RawClient = Client<paths, 'application/json'>;

/**
 * openapi-fetch, typed for every path of the spec, with the same auth,
 * headers, timeouts and retries as `createAllowPolicyClient`: an operation
 * added to openapi/ is callable here with no new client code. Pair it with
 * `unwrap` to get the data or the `ApiError` for the status.
 *
 * A separate factory so apps that only use `allowPolicies` do not bundle
 * openapi-fetch.
 */
export function createRawClient(options: ClientOptions): RawClient {
  const { baseUrl, headers, policy } = resolveOptions(options);
  return createClient<paths>({ baseUrl, headers, fetch: (request) => sendWithPolicy(request, policy) });
}

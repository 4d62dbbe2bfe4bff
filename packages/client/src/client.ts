import { authHeaders, type Auth } from './auth.js';
import { sendWithPolicy, type TransportPolicy } from './transport.js';
import type { AllowPolicy, AllowPolicyCreate, AllowPolicyCreated, paths } from './types.js';
import { toApiError } from './errors.js';

// Typed against the spec: if the path changes in openapi/, this stops compiling.
const CREATE_PATH = '/accounts/{account_id}/email-security/settings/allow_policies' satisfies keyof paths;

export const DEFAULT_BASE_URL = 'https://api.cloudflare.com/client/v4';

export interface ClientOptions {
  /** `{ apiToken }` → `Authorization: Bearer …`; `{ apiEmail, apiKey }` → `X-Auth-Email` + `X-Auth-Key`. */
  auth: Auth;
  /** Default `https://api.cloudflare.com/client/v4` (point it at a mock or a proxy). */
  baseUrl?: string;
  /** A fetch for every request (default `globalThis.fetch`); it receives one `Request`. */
  fetch?: (request: Request) => Promise<Response>;
  /** Extra headers on every request. They cannot replace the auth headers. */
  headers?: Record<string, string>;
  /** Your application's identifier, sent as `User-Agent` (browsers may drop it). */
  userAgent?: string;
  /** Per attempt, until the response headers arrive. Default 60 000. */
  timeoutMs?: number;
  /** Retries of a 429 or of a connection never established. Default 2; 0 disables. */
  maxRetries?: number;
  /**
   * Statuses retried besides 429, e.g. `[502, 503]`. Opt-in: only for
   * requests that are safe to repeat, since the service may have acted.
   */
  retryStatuses?: readonly number[];
}

/** Per-call options of the convenience methods. */
export interface CallOptions {
  /** Abort the call; it rejects with the signal's reason. */
  signal?: AbortSignal;
  /** Overrides the client's `timeoutMs` for this call. */
  timeoutMs?: number;
  /** Overrides the client's `maxRetries` for this call. */
  maxRetries?: number;
}

export interface AllowPolicyClient {
  allowPolicies: {
    /**
     * `POST /accounts/{account_id}/email-security/settings/allow_policies`.
     * Resolves to the created policy; throws an `ApiError` subclass,
     * `ConnectionError`, `TimeoutError` or the signal's abort reason.
     */
    create(accountId: string, body: AllowPolicyCreate, options?: CallOptions): Promise<AllowPolicy>;
  };
}

/** `base` with the timeout and retry count of `options`, checked. */
function withOverrides(base: TransportPolicy, options: ClientOptions | CallOptions): TransportPolicy {
  const { timeoutMs = base.timeoutMs, maxRetries = base.maxRetries } = options;
  if (!(timeoutMs > 0 && maxRetries >= 0 && timeoutMs + maxRetries < Infinity)) {
    throw new TypeError('createAllowPolicyClient: timeoutMs must be > 0 and maxRetries >= 0');
  }
  return { ...base, timeoutMs, maxRetries };
}

/** What every request of a client needs, resolved once from its options. */
export interface ResolvedOptions {
  baseUrl: string;
  headers: Headers;
  policy: TransportPolicy;
}

/** Checks the options (a clear error for bad credentials) and resolves their defaults. */
export function resolveOptions(options: ClientOptions): ResolvedOptions {
  // Later sets win, case-insensitively: extra headers cannot replace the auth headers.
  const headers = new Headers(options.headers);
  if (options.userAgent) headers.set('User-Agent', options.userAgent);
  for (const [name, value] of Object.entries(authHeaders(options.auth))) headers.set(name, value);
  return {
    baseUrl: (options.baseUrl ?? DEFAULT_BASE_URL).replace(/\/$/, ''),
    headers,
    policy: withOverrides(
      {
        // Late-bound so a fetch patched after construction (tests, polyfills) is used.
        fetch: options.fetch ?? ((request) => fetch(request)),
        timeoutMs: 60_000,
        maxRetries: 2,
        retryStatuses: [429, ...(options.retryStatuses ?? [])],
      },
      options,
    ),
  };
}

/**
 * The convenience client. It calls `fetch` directly rather than through
 * openapi-fetch, so an app that only creates policies does not bundle
 * openapi-fetch (see the size budget); `createRawClient` gives the
 * openapi-fetch client for every path.
 */
export function createAllowPolicyClient(options: ClientOptions): AllowPolicyClient {
  const { baseUrl, headers, policy } = resolveOptions(options);
  return {
    allowPolicies: {
      async create(accountId, body, call = {}) {
        const url = baseUrl + CREATE_PATH.replace('{account_id}', encodeURIComponent(accountId));
        const request = new Request(url, {
          method: 'POST',
          headers: new Headers([...headers, ['Content-Type', 'application/json']]),
          body: JSON.stringify(body),
          signal: call.signal,
        });
        const response = await sendWithPolicy(request, withOverrides(policy, call));
        // Read as text: a 2xx with a broken body must become an ApiError, not a SyntaxError.
        const text = await response.text();
        let envelope: unknown = text || undefined;
        try {
          envelope = JSON.parse(text);
        } catch {
          // not JSON: the error keeps the text, and says so
        }
        const result = response.ok && (envelope as Partial<AllowPolicyCreated> | undefined)?.result;
        if (!result) throw toApiError(response, envelope);
        return result;
      },
    },
  };
}

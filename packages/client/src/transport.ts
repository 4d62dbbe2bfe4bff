import { ConnectionError, TimeoutError } from './errors.js';

/** How requests are sent: the retry and timeout policy, resolved from the client options. */
export interface TransportPolicy {
  fetch: (request: Request) => Promise<Response>;
  timeoutMs: number;
  maxRetries: number;
  /** Statuses to retry; 429 always, others only by the caller's opt-in. */
  retryStatuses: readonly number[];
}

/** A 429 asking to wait longer than this is thrown rather than waited for. */
export const MAX_RETRY_AFTER_MS = 60_000;

// Error codes that prove the connection was never established, so not a byte
// of the request reached the service (Node/undici, also inside its
// happy-eyeballs AggregateError; Bun). Anything else, e.g. ECONNRESET, may
// come after the service read the request: retrying could create a policy twice.
const NEVER_CONNECTED = /^(ECONNREFUSED|ENOTFOUND|EAI_AGAIN|E(HOST|NET)UNREACH|UND_ERR_CONNECT_TIMEOUT|ConnectionRefused)$/;

/** The error's `code`, or its cause's: undici wraps the socket error in `TypeError('fetch failed')`. */
function errorCode(error: unknown): string | undefined {
  const e = error as { code?: string; cause?: { code?: string } } | undefined;
  return e?.code ?? e?.cause?.code;
}

/**
 * Milliseconds the service asked us to wait: `retry-after-ms`, else
 * `retry-after` in seconds (Cloudflare's form; an HTTP-date falls back to
 * the backoff).
 */
function retryAfterMs(headers: Headers): number | undefined {
  const ms = parseFloat(headers.get('retry-after-ms')!);
  const seconds = parseFloat(headers.get('retry-after')!);
  return ms >= 0 ? ms : seconds >= 0 ? seconds * 1000 : undefined;
}

/** 0.5 s doubling to 8 s, minus up to 25 % jitter so clients do not retry in lockstep. */
function backoffMs(attempt: number): number {
  return Math.min(500 * 2 ** attempt, 8000) * (1 - Math.random() / 4);
}

/** Waits `ms`; rejects with the signal's reason as soon as it aborts. */
function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        reject(signal.reason);
      },
      { once: true },
    );
  });
}

/**
 * Sends `request` under the policy; each attempt times out after
 * `timeoutMs` without response headers, and the caller's abort rejects with
 * the caller's reason (as `fetch` does). Retries only where the service
 * certainly did not act: a 429 (waiting as long as it asks, up to a minute)
 * and a connection that was never established; other statuses only when the
 * caller opted in with `retryStatuses`. Timeouts and ≥ 500 are not retried.
 */
export async function sendWithPolicy(request: Request, policy: TransportPolicy): Promise<Response> {
  for (let attempt = 0; ; attempt++) {
    const last = attempt >= policy.maxRetries;
    const timeout = AbortSignal.timeout(policy.timeoutMs);
    let response: Response | undefined;
    let wait = Infinity;
    try {
      // A body can be read once: every attempt but the last sends a copy.
      response = await policy.fetch(
        new Request(last ? request : request.clone(), { signal: AbortSignal.any([request.signal, timeout]) }),
      );
      if (policy.retryStatuses.includes(response.status)) {
        wait = retryAfterMs(response.headers) ?? backoffMs(attempt);
      }
    } catch (error) {
      request.signal.throwIfAborted();
      if (timeout.aborted) throw new TimeoutError(`No response within ${policy.timeoutMs} ms`);
      const code = errorCode(error);
      if (last || !NEVER_CONNECTED.test(code!)) {
        throw new ConnectionError(`Connection failed: ${code ?? error}`, { cause: error });
      }
      wait = backoffMs(attempt);
    }
    if (last || wait > MAX_RETRY_AFTER_MS) return response!;
    await response?.body?.cancel();
    await sleep(wait, request.signal);
  }
}

// The retry and timeout policy: a create is never sent twice when the
// service may already have acted on it.
import { createServer } from 'node:net';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  ConnectionError,
  createAllowPolicyClient,
  InternalServerError,
  RateLimitError,
  TimeoutError,
  type ClientOptions,
} from '../src/index.js';
import {
  ACCOUNT_ID,
  connectionRefused,
  connectionReset,
  CREATED_POLICY,
  created,
  errorEnvelope,
  fetchStub,
  json,
  never,
  SEED_BODY,
  TOKEN,
  type Responder,
} from './fetch-stub.js';

function clientWith(stub: { fetch: ClientOptions['fetch'] }, options: Partial<ClientOptions> = {}) {
  return createAllowPolicyClient({ auth: { apiToken: TOKEN }, fetch: stub.fetch, ...options });
}

const rateLimited = (headers: Record<string, string>): Responder => () =>
  json(429, errorEnvelope(10429, 'Rate limited'), headers);

describe('429', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('is retried after exactly Retry-After seconds, and the same body is sent again', async () => {
    const stub = fetchStub(rateLimited({ 'retry-after': '3' }), created);
    const pending = clientWith(stub).allowPolicies.create(ACCOUNT_ID, SEED_BODY);
    await vi.advanceTimersByTimeAsync(2_999);
    expect(stub.requests).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    await expect(pending).resolves.toEqual(CREATED_POLICY);
    expect(stub.requests).toHaveLength(2);
    expect(stub.bodies[1]).toBe(stub.bodies[0]);
    expect(JSON.parse(stub.bodies[1]!)).toEqual(SEED_BODY);
  });

  it('prefers retry-after-ms', async () => {
    const stub = fetchStub(rateLimited({ 'retry-after-ms': '1500', 'retry-after': '30' }), created);
    const pending = clientWith(stub).allowPolicies.create(ACCOUNT_ID, SEED_BODY);
    await vi.advanceTimersByTimeAsync(1_499);
    expect(stub.requests).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    await expect(pending).resolves.toEqual(CREATED_POLICY);
  });

  it('without Retry-After backs off 0.5 s then 1 s (minus up to 25 % jitter), then throws RateLimitError', async () => {
    const stub = fetchStub(rateLimited({}));
    const pending = clientWith(stub).allowPolicies.create(ACCOUNT_ID, SEED_BODY);
    const outcome = pending.catch((error: unknown) => error);
    await vi.advanceTimersByTimeAsync(374); // below 0.5 s × 0.75
    expect(stub.requests).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(126); // 0.5 s reached
    expect(stub.requests).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(stub.requests).toHaveLength(3); // the default: 2 retries
    await vi.advanceTimersByTimeAsync(10_000);
    expect(stub.requests).toHaveLength(3);
    expect(await outcome).toBeInstanceOf(RateLimitError);
  });

  it('asking for more than 60 s is thrown at once, not waited for', async () => {
    const stub = fetchStub(rateLimited({ 'retry-after': '61' }), created);
    await expect(clientWith(stub).allowPolicies.create(ACCOUNT_ID, SEED_BODY)).rejects.toBeInstanceOf(RateLimitError);
    expect(stub.requests).toHaveLength(1);
  });

  it('maxRetries: 0 disables retries, per client and per call', async () => {
    const stub = fetchStub(rateLimited({ 'retry-after': '1' }), created);
    await expect(clientWith(stub, { maxRetries: 0 }).allowPolicies.create(ACCOUNT_ID, SEED_BODY)).rejects.toBeInstanceOf(
      RateLimitError,
    );
    const perCall = fetchStub(rateLimited({ 'retry-after': '1' }), created);
    await expect(clientWith(perCall).allowPolicies.create(ACCOUNT_ID, SEED_BODY, { maxRetries: 0 })).rejects.toBeInstanceOf(
      RateLimitError,
    );
    expect(stub.requests).toHaveLength(1);
    expect(perCall.requests).toHaveLength(1);
  });

  it('aborting during the wait rejects at once with the reason', async () => {
    const stub = fetchStub(rateLimited({ 'retry-after': '30' }), created);
    const controller = new AbortController();
    const outcome = clientWith(stub)
      .allowPolicies.create(ACCOUNT_ID, SEED_BODY, { signal: controller.signal })
      .catch((error: unknown) => error);
    await vi.advanceTimersByTimeAsync(1_000);
    const reason = new Error('user navigated away');
    controller.abort(reason);
    expect(await outcome).toBe(reason);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(stub.requests).toHaveLength(1);
  });
});

describe('never retried by default: the service may have acted', () => {
  it.each([500, 502, 503, 504])('%i', async (status) => {
    const stub = fetchStub(() => json(status, errorEnvelope(10002, 'Internal error')), created);
    await expect(clientWith(stub).allowPolicies.create(ACCOUNT_ID, SEED_BODY)).rejects.toBeInstanceOf(InternalServerError);
    expect(stub.requests).toHaveLength(1);
  });

  it('a timeout after the request was sent', async () => {
    const stub = fetchStub(never(), created);
    const error = await clientWith(stub, { timeoutMs: 30 })
      .allowPolicies.create(ACCOUNT_ID, SEED_BODY)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TimeoutError);
    expect(stub.requests).toHaveLength(1);
  });

  it('the default timeout is 60 s per attempt', async () => {
    const timeouts = vi.spyOn(AbortSignal, 'timeout');
    try {
      await clientWith(fetchStub(created)).allowPolicies.create(ACCOUNT_ID, SEED_BODY);
      expect(timeouts.mock.calls).toEqual([[60_000]]);
    } finally {
      timeouts.mockRestore();
    }
  });

  it('a per-call timeout overrides the client one', async () => {
    const stub = fetchStub(never());
    const error = await clientWith(stub)
      .allowPolicies.create(ACCOUNT_ID, SEED_BODY, { timeoutMs: 25 })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TimeoutError);
    expect((error as Error).message).toBe('No response within 25 ms');
  });

  it('a connection reset (the request may have been read)', async () => {
    const stub = fetchStub(() => Promise.reject(connectionReset()), created);
    const error = await clientWith(stub).allowPolicies.create(ACCOUNT_ID, SEED_BODY).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConnectionError);
    expect(error).not.toBeInstanceOf(TimeoutError);
    expect((error as Error).message).toBe('Connection failed: ECONNRESET');
    expect((error as Error).cause).toBeInstanceOf(TypeError);
    expect(stub.requests).toHaveLength(1);
  });
});

describe('opt-in retries', () => {
  it('retryStatuses retries those statuses, and only those', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      const stub = fetchStub(() => json(503, errorEnvelope(10002, 'Unavailable'), { 'retry-after': '1' }), created);
      const pending = clientWith(stub, { retryStatuses: [503] }).allowPolicies.create(ACCOUNT_ID, SEED_BODY);
      await vi.advanceTimersByTimeAsync(1_000);
      await expect(pending).resolves.toEqual(CREATED_POLICY);
      expect(stub.requests).toHaveLength(2);

      const other = fetchStub(() => json(502, errorEnvelope(10002, 'Bad gateway')), created);
      await expect(clientWith(other, { retryStatuses: [503] }).allowPolicies.create(ACCOUNT_ID, SEED_BODY)).rejects.toBeInstanceOf(
        InternalServerError,
      );
      expect(other.requests).toHaveLength(1);
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('connection refused: nothing was sent', () => {
  it('is retried with backoff (injected undici error)', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      const stub = fetchStub(
        () => Promise.reject(connectionRefused()),
        () => Promise.reject(connectionRefused()),
        created,
      );
      const pending = clientWith(stub).allowPolicies.create(ACCOUNT_ID, SEED_BODY);
      await vi.advanceTimersByTimeAsync(1_500);
      await expect(pending).resolves.toEqual(CREATED_POLICY);
      expect(stub.requests).toHaveLength(3);
    } finally {
      vi.useRealTimers();
    }
  });

  it('is retried against a real closed port, then thrown as ConnectionError', async () => {
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as { port: number };
    await new Promise((resolve) => server.close(resolve)); // nothing listens there now
    let attempts = 0;
    const client = createAllowPolicyClient({
      auth: { apiToken: TOKEN },
      baseUrl: `http://127.0.0.1:${port}`,
      fetch: (request) => {
        attempts += 1;
        return fetch(request);
      },
    });
    const error = await client.allowPolicies.create(ACCOUNT_ID, SEED_BODY).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConnectionError);
    expect((error as Error).message).toBe('Connection failed: ECONNREFUSED');
    expect(attempts).toBe(3);
  });
});

describe('abort', () => {
  it('an already aborted signal sends nothing', async () => {
    const stub = fetchStub(created);
    const reason = new Error('cancelled');
    const error = await clientWith(stub)
      .allowPolicies.create(ACCOUNT_ID, SEED_BODY, { signal: AbortSignal.abort(reason) })
      .catch((e: unknown) => e);
    expect(error).toBe(reason);
    expect(stub.requests).toHaveLength(0);
  });

  it('aborting while waiting for the response rejects with the reason, not a TimeoutError, and is not retried', async () => {
    const stub = fetchStub(never(), created);
    const controller = new AbortController();
    const pending = clientWith(stub)
      .allowPolicies.create(ACCOUNT_ID, SEED_BODY, { signal: controller.signal })
      .catch((e: unknown) => e);
    await vi.waitFor(() => expect(stub.requests).toHaveLength(1));
    controller.abort();
    const error = await pending;
    expect(error).toBeInstanceOf(DOMException);
    expect((error as DOMException).name).toBe('AbortError');
    expect(stub.requests).toHaveLength(1);
  });
});

// A tiny injected fetch: answers each request with the next responder (the
// last one repeats) and records what was sent. No mocking library.
export type Responder = (request: Request) => Response | Promise<Response>;

export interface FetchStub {
  fetch: (request: Request) => Promise<Response>;
  requests: Request[];
  bodies: string[];
}

export function fetchStub(...responders: Responder[]): FetchStub {
  const stub: FetchStub = {
    requests: [],
    bodies: [],
    async fetch(request) {
      request.signal.throwIfAborted(); // like fetch: an aborted request is never sent
      stub.requests.push(request);
      stub.bodies.push(await request.clone().text());
      const responder = responders[Math.min(stub.requests.length, responders.length) - 1];
      if (!responder) throw new Error('fetchStub: no responder');
      return responder(request);
    },
  };
  return stub;
}

export const CF_RAY = '8e3f0c7a9b1d2e4f-SJC';

/** A JSON response the way the service sends it, with a cf-ray. */
export function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json', 'cf-ray': CF_RAY, ...headers },
  });
}

export function errorEnvelope(code: number, message: string, pointer?: string) {
  return {
    success: false,
    errors: [{ code, message, ...(pointer && { documentation_url: 'https://developers.cloudflare.com/', source: { pointer } }) }],
    messages: [],
    result: null,
  };
}

export const CREATED_POLICY = {
  id: 'f174e90a-fafe-4643-bbbc-4a0ed4fc8415',
  created_at: '2014-01-01T05:20:00.12345Z',
  last_modified: '2014-01-01T05:20:00.12345Z',
  pattern: 'test@example.com',
  pattern_type: 'EMAIL',
};

export function created(): Response {
  return json(201, { success: true, errors: [], messages: [], result: CREATED_POLICY });
}

/** A response that never comes: rejects only when the request's signal aborts (as real fetch does). */
export function never(): Responder {
  return (request) =>
    new Promise((_, reject) => {
      if (request.signal.aborted) reject(request.signal.reason);
      request.signal.addEventListener('abort', () => reject(request.signal.reason), { once: true });
    });
}

/** The error undici throws when the TCP connection is refused (nothing was sent). */
export function connectionRefused(): Error {
  const socketError = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:9'), { code: 'ECONNREFUSED' });
  return new TypeError('fetch failed', { cause: socketError });
}

/** The error undici throws when the server resets an open connection (the request may have been read). */
export function connectionReset(): Error {
  const socketError = Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET' });
  return new TypeError('fetch failed', { cause: socketError });
}

/** The request of the seed page (Cloudflare's reference), deprecated is_sender included. */
export const SEED_BODY = {
  is_acceptable_sender: false,
  is_exempt_recipient: false,
  is_regex: false,
  is_trusted_sender: true,
  pattern: 'test@example.com',
  pattern_type: 'EMAIL',
  verify_sender: true,
  comments: 'Trust all messages send from test@example.com',
  is_sender: true,
} as const;

export const TOKEN = 'Sn3lZJTBX6kkg7OdcBUAxOO963GEIyGQqnFTOFYY';
export const API_EMAIL = 'user@example.com';
export const API_KEY = '144c9defac04969c7bfad8efaa8ea194';
export const ACCOUNT_ID = '023e105f4ecef8ad9ca31a8372d0c353';

// A tiny injected fetch: answers each request with the next responder (the
// last one repeats) and records what was sent. No mocking library.
import { CREDENTIALS, SEED_RESULT } from '@allow-policy/seed-facts';

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

export const CREATED_POLICY = SEED_RESULT;

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

/** The seed page's request and example credentials (@allow-policy/seed-facts). */
export { ACCOUNT_ID, SEED_REQUEST as SEED_BODY } from '@allow-policy/seed-facts';
export const { apiToken: TOKEN, apiEmail: API_EMAIL, apiKey: API_KEY } = CREDENTIALS;


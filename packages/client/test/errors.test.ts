// Every failure becomes a typed error: the class for the status, the
// service's errors[] and messages[], the cf-ray, and a readable message
// whatever the body was. No credential in any of it.
import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import {
  createRawClient,
  ApiError,
  AuthenticationError,
  BadRequestError,
  ConflictError,
  ConnectionError,
  createAllowPolicyClient,
  InternalServerError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  TimeoutError,
  UnprocessableEntityError,
  unwrap,
} from '../src/index.js';
import {
  ACCOUNT_ID,
  API_EMAIL,
  API_KEY,
  CF_RAY,
  connectionRefused,
  errorEnvelope,
  fetchStub,
  json,
  never,
  SEED_BODY,
  TOKEN,
  type Responder,
} from './fetch-stub.js';

async function failure(responder: Responder, options: { apiEmail?: boolean; timeoutMs?: number } = {}): Promise<unknown> {
  const client = createAllowPolicyClient({
    auth: options.apiEmail ? { apiEmail: API_EMAIL, apiKey: API_KEY } : { apiToken: TOKEN },
    fetch: fetchStub(responder).fetch,
    maxRetries: 0,
    timeoutMs: options.timeoutMs ?? 60_000,
  });
  return client.allowPolicies.create(ACCOUNT_ID, SEED_BODY).then(
    () => expect.unreachable('create resolved'),
    (error: unknown) => error,
  );
}

const CLASS_BY_STATUS = [
  [400, BadRequestError],
  [401, AuthenticationError],
  [403, PermissionDeniedError],
  [404, NotFoundError],
  [409, ConflictError],
  [422, UnprocessableEntityError],
  [429, RateLimitError],
  [500, InternalServerError],
  [502, InternalServerError],
  [503, InternalServerError],
  [504, InternalServerError],
] as const;

describe('an error status', () => {
  it.each(CLASS_BY_STATUS)('%i becomes its own ApiError subclass with the envelope and cf-ray', async (status, ErrorClass) => {
    const error = await failure(() => json(status, errorEnvelope(10001, 'pattern: must NOT have more than 1024 characters', '/pattern')));
    expect(error).toBeInstanceOf(ErrorClass);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toBeInstanceOf(Error);
    const apiError = error as ApiError;
    expect(apiError.name).toBe(ErrorClass.name);
    expect(apiError.status).toBe(status);
    expect(apiError.requestId).toBe(CF_RAY);
    expect(apiError.errors).toEqual([
      {
        code: 10001,
        message: 'pattern: must NOT have more than 1024 characters',
        documentation_url: 'https://developers.cloudflare.com/',
        source: { pointer: '/pattern' },
      },
    ]);
    expect(apiError.messages).toEqual([]);
    expect(apiError.message).toBe(`${status}: 10001 pattern: must NOT have more than 1024 characters (cf-ray ${CF_RAY})`);
    expect(String(apiError)).toBe(`${ErrorClass.name}: ${apiError.message}`);
  });

  it('a status without its own class (415) is a plain ApiError', async () => {
    const error = await failure(() => json(415, errorEnvelope(10415, 'Content-Type must be application/json')));
    expect(error).toBeInstanceOf(ApiError);
    expect(CLASS_BY_STATUS.some(([, ErrorClass]) => error instanceof ErrorClass)).toBe(false);
    expect((error as ApiError).message).toBe(`415: 10415 Content-Type must be application/json (cf-ray ${CF_RAY})`);
  });

  it('joins several errors and keeps messages[]', async () => {
    const body = {
      success: false,
      errors: [
        { code: 1001, message: 'first' },
        { code: 1002, message: 'second' },
      ],
      messages: [{ code: 1003, message: 'note' }],
      result: null,
    };
    const error = (await failure(() => json(400, body))) as ApiError;
    expect(error.message).toBe(`400: 1001 first; 1002 second (cf-ray ${CF_RAY})`);
    expect(error.messages).toEqual([{ code: 1003, message: 'note' }]);
  });

  it('has no requestId when there is no cf-ray', async () => {
    const error = (await failure(() => new Response(JSON.stringify(errorEnvelope(10000, 'Authentication error')), { status: 401 }))) as ApiError;
    expect(error.requestId).toBeUndefined();
    expect(error.message).toBe('401: 10000 Authentication error');
  });
});

describe('a body that is not the envelope', () => {
  const html = '<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head><body>cloudflare</body></html>';
  it.each([
    ['an HTML 502 page', () => new Response(html, { status: 502, headers: { 'content-type': 'text/html' } }), InternalServerError, '502: body is not JSON (text/html)'],
    ['an empty 503', () => new Response(null, { status: 503 }), InternalServerError, '503: empty body'],
    ['an empty 500 with content-length 0', () => new Response('', { status: 500, headers: { 'content-length': '0' } }), InternalServerError, '500: empty body'],
    ['invalid JSON in a 400', () => new Response('{"success": fal', { status: 400, headers: { 'content-type': 'application/json' } }), BadRequestError, '400: body is not JSON (application/json)'],
    ['JSON that is not an envelope', () => new Response('{"message":"nope"}', { status: 404, headers: { 'content-type': 'application/json' } }), NotFoundError, '404: body is not a Cloudflare API envelope'],
    ['invalid JSON in a 201', () => new Response('{"success": tr', { status: 201, headers: { 'content-type': 'application/json' } }), ApiError, '201: body is not JSON (application/json)'],
    ['an empty 201', () => new Response(null, { status: 201 }), ApiError, '201: empty body'],
    ['a 201 without result', () => json(201, { success: true, errors: [], messages: [] }), ApiError, '201: body is not a Cloudflare API envelope'],
  ] as const)('%s becomes an ApiError with a readable message, not a SyntaxError', async (_, responder, ErrorClass, message) => {
    const error = await failure(responder);
    expect(error).toBeInstanceOf(ErrorClass);
    expect(error).not.toBeInstanceOf(SyntaxError);
    expect((error as ApiError).message.replace(/ \(cf-ray .*\)$/, '')).toBe(message);
    expect((error as ApiError).errors).toEqual([]);
  });
});

describe('unwrap for raw calls', () => {
  it('returns data on success and throws the status class otherwise', async () => {
    const stub = fetchStub(
      () => json(201, { success: true, errors: [], messages: [], result: { id: 'x', created_at: 'a', last_modified: 'b' } }),
      () => json(403, errorEnvelope(10000, 'Authentication error')),
    );
    const raw = createRawClient({ auth: { apiToken: TOKEN }, fetch: stub.fetch });
    const call = () =>
      raw.POST('/accounts/{account_id}/email-security/settings/allow_policies', {
        params: { path: { account_id: ACCOUNT_ID } },
        body: SEED_BODY,
      });
    expect(unwrap(await call()).result?.id).toBe('x');
    expect(() => unwrap({ response: new Response(null, { status: 204 }) })).toThrow(ApiError);
    const failed = await call();
    expect(() => unwrap(failed)).toThrow(PermissionDeniedError);
  });
});

describe('credentials never appear in an error', () => {
  const secrets = [TOKEN, API_KEY, API_EMAIL];
  /** Every way an error gets printed: message, toString, JSON, a console/log line, the stack, and its cause. */
  function renderings(error: unknown): string[] {
    return [
      String(error),
      (error as Error).message,
      JSON.stringify(error),
      inspect(error, { depth: 10, showHidden: true }),
      String((error as Error).stack),
      inspect((error as Error).cause, { depth: 10, showHidden: true }),
    ];
  }
  const cases: Array<[string, Responder, { timeoutMs?: number }?]> = [
    ['an ApiError (401)', () => json(401, errorEnvelope(10000, 'Authentication error'))],
    ['an ApiError from an HTML page', () => new Response('<html>502</html>', { status: 502, headers: { 'content-type': 'text/html' } })],
    ['a ConnectionError', () => Promise.reject(connectionRefused())],
    ['a TimeoutError', never(), { timeoutMs: 20 }],
  ];
  it.each(cases)('%s, in either auth mode', async (_, responder, options = {}) => {
    for (const apiEmail of [false, true]) {
      const error = await failure(responder, { ...options, apiEmail });
      expect(error).toBeInstanceOf(Error);
      for (const text of renderings(error)) for (const secret of secrets) expect(text).not.toContain(secret);
    }
  });

  it('the error kinds are what they claim', async () => {
    expect(await failure(() => Promise.reject(connectionRefused()))).toBeInstanceOf(ConnectionError);
    const timeout = await failure(never(), { timeoutMs: 20 });
    expect(timeout).toBeInstanceOf(TimeoutError);
    expect(timeout).toBeInstanceOf(ConnectionError);
    expect((timeout as Error).message).toBe('No response within 20 ms');
  });
});

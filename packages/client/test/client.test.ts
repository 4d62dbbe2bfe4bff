// The client with an injected fetch: what goes on the wire, and construction errors.
import { describe, expect, it } from 'vitest';
import { createAllowPolicyClient, createRawClient, DEFAULT_BASE_URL, type AllowPolicyCreate, type ClientOptions } from '../src/index.js';
import { ACCOUNT_ID, API_EMAIL, API_KEY, CREATED_POLICY, SEED_BODY, TOKEN, created, fetchStub } from './fetch-stub.js';

const CREATE_URL = `${DEFAULT_BASE_URL}/accounts/${ACCOUNT_ID}/email-security/settings/allow_policies`;

function headersOf(request: Request): Record<string, string> {
  return Object.fromEntries(request.headers.entries());
}

describe('allowPolicies.create on the wire', () => {
  it('sends the token as Authorization: Bearer, and exactly these headers', async () => {
    const stub = fetchStub(created);
    const client = createAllowPolicyClient({ auth: { apiToken: TOKEN }, fetch: stub.fetch });
    await client.allowPolicies.create(ACCOUNT_ID, SEED_BODY);
    const [request] = stub.requests;
    expect(request?.method).toBe('POST');
    expect(request?.url).toBe(CREATE_URL);
    expect(headersOf(request!)).toEqual({ authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' });
    expect(JSON.parse(stub.bodies[0]!)).toEqual(SEED_BODY);
  });

  it('sends email + key as X-Auth-Email and X-Auth-Key, and no Authorization', async () => {
    const stub = fetchStub(created);
    const client = createAllowPolicyClient({ auth: { apiEmail: API_EMAIL, apiKey: API_KEY }, fetch: stub.fetch });
    await client.allowPolicies.create(ACCOUNT_ID, SEED_BODY);
    expect(headersOf(stub.requests[0]!)).toEqual({
      'x-auth-email': API_EMAIL,
      'x-auth-key': API_KEY,
      'content-type': 'application/json',
    });
  });

  it('adds the User-Agent and extra headers, which cannot replace the auth headers', async () => {
    const stub = fetchStub(created);
    const client = createAllowPolicyClient({
      auth: { apiToken: TOKEN },
      fetch: stub.fetch,
      userAgent: 'team-mail-ops/2.1',
      headers: { 'X-Request-Source': 'tests', Authorization: 'Bearer other' },
    });
    await client.allowPolicies.create(ACCOUNT_ID, SEED_BODY);
    expect(headersOf(stub.requests[0]!)).toEqual({
      authorization: `Bearer ${TOKEN}`,
      'content-type': 'application/json',
      'user-agent': 'team-mail-ops/2.1',
      'x-request-source': 'tests',
    });
  });

  it('uses baseUrl, without a doubled slash', async () => {
    const stub = fetchStub(created);
    const client = createAllowPolicyClient({ auth: { apiToken: TOKEN }, fetch: stub.fetch, baseUrl: 'http://127.0.0.1:4010/' });
    await client.allowPolicies.create(ACCOUNT_ID, SEED_BODY);
    expect(stub.requests[0]?.url).toBe(`http://127.0.0.1:4010/accounts/${ACCOUNT_ID}/email-security/settings/allow_policies`);
  });

  it('resolves to the envelope result', async () => {
    const client = createAllowPolicyClient({ auth: { apiToken: TOKEN }, fetch: fetchStub(created).fetch });
    await expect(client.allowPolicies.create(ACCOUNT_ID, SEED_BODY)).resolves.toEqual(CREATED_POLICY);
  });

  it('the raw client reaches every path with the same headers', async () => {
    const stub = fetchStub(created);
    const raw = createRawClient({ auth: { apiToken: TOKEN }, fetch: stub.fetch, userAgent: 'team-mail-ops/2.1' });
    const { data, response } = await raw.POST('/accounts/{account_id}/email-security/settings/allow_policies', {
      params: { path: { account_id: ACCOUNT_ID } },
      body: SEED_BODY as AllowPolicyCreate,
    });
    expect(response.status).toBe(201);
    expect(data?.result?.id).toBe(CREATED_POLICY.id);
    expect(headersOf(stub.requests[0]!)).toEqual({
      authorization: `Bearer ${TOKEN}`,
      'content-type': 'application/json',
      'user-agent': 'team-mail-ops/2.1',
    });
  });
});

describe('construction errors', () => {
  const bad: Array<[string, unknown]> = [
    ['no auth', undefined],
    ['empty auth', {}],
    ['a token from an unset environment variable', { apiToken: undefined }],
    ['an empty token', { apiToken: '' }],
    ['email without key', { apiEmail: API_EMAIL }],
    ['key without email', { apiKey: API_KEY }],
    ['token and email + key', { apiToken: TOKEN, apiEmail: API_EMAIL, apiKey: API_KEY }],
    ['a token with a newline', { apiToken: `${TOKEN}\n` }],
    ['a key with a space', { apiEmail: API_EMAIL, apiKey: `${API_KEY} x` }],
  ];
  it.each(bad)('%s is a TypeError naming the options, never the values', (_, auth) => {
    const construct = () => createAllowPolicyClient({ auth } as ClientOptions);
    expect(construct).toThrow(TypeError);
    expect(construct).toThrow(/auth must be \{ apiToken \} or \{ apiEmail, apiKey \}/);
    try {
      construct();
    } catch (error) {
      const text = `${String(error)} ${JSON.stringify(error)} ${(error as Error).stack}`;
      for (const secret of [TOKEN, API_KEY]) expect(text).not.toContain(secret);
    }
  });

  it.each([
    [{ timeoutMs: 0 }],
    [{ timeoutMs: Number.NaN }],
    [{ maxRetries: -1 }],
    [{ maxRetries: Infinity }],
  ])('rejects %o', (options) => {
    expect(() => createAllowPolicyClient({ auth: { apiToken: TOKEN }, ...options })).toThrow(
      /timeoutMs must be > 0 and maxRetries >= 0/,
    );
  });
});

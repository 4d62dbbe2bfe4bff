// Against the Prism mock of the bundled spec (started here, always stopped):
// what the types accept, the mock accepts, and its answers parse into the
// typed result; what the types allow but the schema forbids comes back as
// the 422 class.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPrism } from '@allow-policy/mock';
import { loadOpenApi } from '@allow-policy/spec';
import { createSchemaValidator, findOperation, resolveRef } from '@allow-policy/spec-walker';
import {
  AuthenticationError,
  createAllowPolicyClient,
  UnprocessableEntityError,
  type AllowPolicyCreate,
  type AllowPolicyClient,
  type ClientOptions,
} from '../src/index.js';
import { ACCOUNT_ID, API_EMAIL, API_KEY, SEED_BODY, TOKEN } from './fetch-stub.js';

type Doc = Parameters<typeof findOperation>[0];
const doc = loadOpenApi() as Doc;
const create = findOperation(doc, 'createEmailAllowPolicy');
const media = create.requestBody!.content['application/json'] as { schema: { $ref: string }; examples: Record<string, unknown> };
const requestExamples = Object.entries(media.examples).map(
  ([name, example]) => [name, (resolveRef(doc, example) as { value: AllowPolicyCreate }).value] as const,
);
const createdExample = Object.values(
  (resolveRef(doc, create.responses['201']) as { content: { 'application/json': { examples: Record<string, unknown> } } }).content[
    'application/json'
  ].examples,
).map((example) => (resolveRef(doc, example) as { value: { result: unknown } }).value)[0]!;
const validator = createSchemaValidator(doc);

/** Every field of the create body, deprecated ones included. */
const ALL_FIELDS: Required<AllowPolicyCreate> = {
  is_acceptable_sender: true,
  is_exempt_recipient: true,
  is_regex: true,
  is_trusted_sender: true,
  pattern: '^.+@example\\.com$',
  pattern_type: 'DOMAIN',
  verify_sender: false,
  comments: 'Every field, deprecated ones included',
  is_recipient: true,
  is_sender: true,
  is_spoof: true,
};

let prism: Awaited<ReturnType<typeof startPrism>>;
let client: AllowPolicyClient;
const clientFor = (options: Partial<ClientOptions> = {}) =>
  createAllowPolicyClient({ auth: { apiToken: TOKEN }, baseUrl: prism.url, maxRetries: 0, ...options });

beforeAll(async () => {
  prism = await startPrism();
  client = clientFor();
});

afterAll(async () => {
  await prism?.stop();
});

describe('accepted by the mock and parsed into the typed result', () => {
  it.each(requestExamples)('the spec request example %s', async (_, body) => {
    const policy = await client.allowPolicies.create(ACCOUNT_ID, body);
    expect(policy).toEqual(createdExample.result);
    expect(validator.validate({ $ref: '#/components/schemas/AllowPolicy' }, policy)).toEqual([]);
  });

  it('the seed page example (trusted sender, deprecated is_sender)', async () => {
    const policy = await client.allowPolicies.create(ACCOUNT_ID, SEED_BODY);
    expect(policy.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(typeof policy.created_at).toBe('string');
    expect(typeof policy.last_modified).toBe('string');
  });

  it('a body with every field of the schema', async () => {
    const schema = resolveRef(doc, media.schema) as { properties: Record<string, unknown> };
    expect(Object.keys(ALL_FIELDS).sort()).toEqual(Object.keys(schema.properties).sort()); // a new field must join this body
    await expect(client.allowPolicies.create(ACCOUNT_ID, ALL_FIELDS)).resolves.toEqual(createdExample.result);
  });

  it('the legacy email + key auth', async () => {
    const legacy = clientFor({ auth: { apiEmail: API_EMAIL, apiKey: API_KEY } });
    await expect(legacy.allowPolicies.create(ACCOUNT_ID, ALL_FIELDS)).resolves.toEqual(createdExample.result);
  });
});

describe('rejected by the mock, as the error class', () => {
  it('a 1025-character pattern (the types allow it, the schema does not) is an UnprocessableEntityError', async () => {
    const error = await client.allowPolicies
      .create(ACCOUNT_ID, { ...ALL_FIELDS, is_regex: false, pattern: 'a'.repeat(1025) })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnprocessableEntityError);
    const apiError = error as UnprocessableEntityError;
    expect(apiError.status).toBe(422);
    expect(apiError.errors.length).toBeGreaterThan(0);
    expect(apiError.errors[0]?.code).toBeGreaterThanOrEqual(1000);
    const violations = JSON.parse(apiError.headers.get('sl-violations') ?? '[]') as { location: string[]; code: string }[];
    expect(violations).toContainEqual(expect.objectContaining({ location: ['request', 'body', 'pattern'], code: 'maxLength' }));
  });

  it('a 1024-character pattern is accepted (the boundary)', async () => {
    await expect(client.allowPolicies.create(ACCOUNT_ID, { ...ALL_FIELDS, pattern: 'a'.repeat(1024) })).resolves.toBeDefined();
  });

  it('a request without credentials is an AuthenticationError', async () => {
    const anonymous = clientFor({
      fetch: (request) => {
        const stripped = new Request(request);
        stripped.headers.delete('authorization');
        return fetch(stripped);
      },
    });
    await expect(anonymous.allowPolicies.create(ACCOUNT_ID, ALL_FIELDS)).rejects.toBeInstanceOf(AuthenticationError);
  });
});

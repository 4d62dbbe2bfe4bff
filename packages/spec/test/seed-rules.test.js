// Pinned seed rules: every expectation below is written from Cloudflare's
// reference page (shared/seed/create-email-allow-policy.txt) and GUIDE.md §2,
// never read from the spec. The spec is only the thing under test: an edit in
// openapi/ that loosens or tightens one of these rules makes a case fail.
import { describe, expect, it } from 'vitest';
import { createSchemaValidator, findOperation, resolveRef } from '@allow-policy/spec-walker';
import {
  BOOLEAN_FIELDS,
  CREATE,
  CREATE_PATTERN_TYPES,
  DEPRECATED_REQUEST_FIELDS,
  DEPRECATED_RESULT_FIELDS,
  OPTIONAL_FIELDS,
  REQUIRED_FIELDS,
  SEED_REQUEST,
  SEED_RESULT,
} from '@allow-policy/seed-facts';
import { loadOpenApi } from '../index.js';

const doc = loadOpenApi();
const { validate } = createSchemaValidator(doc);
const create = findOperation(doc, CREATE.operationId);
const requestSchema = create.requestBody.content['application/json'].schema;
const responseSchema = (status) => create.responses[status].content['application/json'].schema;
const accountIdSchema = create.parameters.find((p) => p.in === 'path' && p.name === 'account_id').schema;

const seedRequest = SEED_REQUEST;
/** The page's result, inside the envelope GUIDE.md §2 describes. */
const seedResponse = { success: true, errors: [], messages: [], result: SEED_RESULT };

const clientError = {
  success: false,
  errors: [{ code: 7003, message: 'No route for the URI' }],
  messages: [],
  result: null,
};

const REQUIRED = REQUIRED_FIELDS;
const BOOLEANS = BOOLEAN_FIELDS;
const without = (object, key) => Object.fromEntries(Object.entries(object).filter(([k]) => k !== key));
const emoji = (n) => '😀'.repeat(n); // 2 UTF-16 units, 1 code point each

/** Expect acceptance, or rejection by `keyword` at `path` (a JSON pointer). */
function expectVerdict(schema, data, verdict) {
  const errors = validate(schema, data);
  if (verdict === 'accept') {
    expect(errors, JSON.stringify(errors)).toEqual([]);
  } else {
    expect(errors.map((e) => [e.keyword, e.instancePath])).toContainEqual(verdict);
  }
}

describe('create request body (pinned from the seed page)', () => {
  const cases = [
    ['the seed request', {}, 'accept'],
    ['pattern of 0 characters', { pattern: '' }, ['minLength', '/pattern']],
    ['pattern of 1 character', { pattern: 'a' }, 'accept'],
    ['pattern of 1024 characters', { pattern: 'a'.repeat(1024) }, 'accept'],
    ['pattern of 1025 characters', { pattern: 'a'.repeat(1025) }, ['maxLength', '/pattern']],
    ['pattern of 1024 emoji (code points, not UTF-16 units)', { pattern: emoji(1024) }, 'accept'],
    ['pattern of 1025 emoji', { pattern: emoji(1025) }, ['maxLength', '/pattern']],
    ['comments of 1024 characters', { comments: 'c'.repeat(1024) }, 'accept'],
    ['comments of 1025 characters', { comments: 'c'.repeat(1025) }, ['maxLength', '/comments']],
    ['comments null (nullable in the live schema)', { comments: null }, 'accept'],
    ['pattern_type EMAIL', { pattern_type: 'EMAIL' }, 'accept'],
    ['pattern_type DOMAIN', { pattern_type: 'DOMAIN' }, 'accept'],
    ['pattern_type IP', { pattern_type: 'IP' }, 'accept'],
    ['pattern_type UNKNOWN (cannot be used when creating)', { pattern_type: 'UNKNOWN' }, ['enum', '/pattern_type']],
    ['pattern_type lowercase email', { pattern_type: 'email' }, ['enum', '/pattern_type']],
    ['pattern as a number', { pattern: 42 }, ['type', '/pattern']],
    ['pattern_type as a number', { pattern_type: 1 }, ['type', '/pattern_type']],
    ['comments as a number', { comments: 5 }, ['type', '/comments']],
    ['an unknown field (typo is_trusted_sendr)', { is_trusted_sendr: true }, ['additionalProperties', '']],
    ...BOOLEANS.map((field) => [`${field} as the string "true"`, { [field]: 'true' }, ['type', `/${field}`]]),
    ['deprecated is_recipient', { is_recipient: false }, 'accept'],
    ['deprecated is_spoof', { is_spoof: false }, 'accept'],
  ];

  it.each(cases)('%s', (_name, change, verdict) => {
    expectVerdict(requestSchema, { ...seedRequest, ...change }, verdict);
  });

  it.each(REQUIRED)('rejects a body without required %s', (field) => {
    const errors = validate(requestSchema, without(seedRequest, field));
    expect(errors.map((e) => [e.keyword, e.params.missingProperty])).toContainEqual(['required', field]);
  });

  it('requires exactly the seven fields of the seed page', () => {
    expect(new Set(resolveRef(doc, requestSchema).required)).toEqual(new Set(REQUIRED));
  });

  it('has exactly the fields of the seed page', () => {
    expect(Object.keys(resolveRef(doc, requestSchema).properties).sort()).toEqual([...REQUIRED, ...OPTIONAL_FIELDS].sort());
  });

  it('offers exactly EMAIL, DOMAIN and IP as pattern_type on create', () => {
    const patternType = resolveRef(doc, resolveRef(doc, requestSchema).properties.pattern_type);
    expect(patternType.enum).toEqual([...CREATE_PATTERN_TYPES]);
  });

  it('accepts a body with only the required fields', () => {
    expectVerdict(requestSchema, Object.fromEntries(REQUIRED.map((f) => [f, seedRequest[f]])), 'accept');
  });

  it('is required and JSON-only', () => {
    expect(create.requestBody.required).toBe(true);
    expect(Object.keys(create.requestBody.content)).toEqual(['application/json']);
  });
});

describe('deprecated fields (pinned)', () => {
  const pinned = [
    ...Object.entries(DEPRECATED_REQUEST_FIELDS).map(([field, facts]) => ['AllowPolicyCreate', field, facts]),
    ...Object.entries(DEPRECATED_RESULT_FIELDS).map(([field, facts]) => ['AllowPolicy', field, facts]),
  ];
  it.each(pinned)('%s.%s is deprecated with its replacement and sunset', (schemaName, field, facts) => {
    const property = resolveRef(doc, doc.components.schemas[schemaName].properties[field]);
    expect(property.deprecated).toBe(true);
    expect(property['x-replaced-by']).toBe(facts.replacedBy);
    expect(property['x-sunset']).toBe(facts.sunset);
    expect(property['x-deprecated-since']).toBe(facts.deprecatedSince);
    expect(property.description).toContain(facts.replacedBy);
  });
});

describe('account_id path parameter (pinned)', () => {
  const accountId = create.parameters.find((p) => p.name === 'account_id');
  it('is a required string in the path', () => {
    expect(accountId).toMatchObject({ in: 'path', required: true });
    expectVerdict(accountIdSchema, 42, ['type', '']);
  });
  it('accepts 32 characters', () => expectVerdict(accountIdSchema, 'a'.repeat(32), 'accept'));
  it('rejects 33 characters', () => expectVerdict(accountIdSchema, 'a'.repeat(33), ['maxLength', '']));
});

describe('security (pinned)', () => {
  it('is a bearer token, or X-Auth-Email together with X-Auth-Key', () => {
    expect(create.security).toEqual([{ api_token: [] }, { api_email: [], api_key: [] }]);
  });
  it('defines the three schemes as the seed page does', () => {
    const schemes = doc.components.securitySchemes;
    expect(schemes.api_token).toMatchObject({ type: 'http', scheme: 'bearer' });
    expect(schemes.api_email).toMatchObject({ type: 'apiKey', in: 'header', name: 'X-Auth-Email' });
    expect(schemes.api_key).toMatchObject({ type: 'apiKey', in: 'header', name: 'X-Auth-Key' });
  });
  it('states the required permission in prose and machine-readably', () => {
    expect(create.operation['x-api-token-group']).toEqual([CREATE.permission]);
    expect(create.operation.description).toContain(CREATE.permission);
    expect(create.operation.description).toMatch(/caution/i);
  });
});

describe('201 Created envelope (pinned)', () => {
  const schema = responseSchema('201');
  const withResult = (change) => ({ ...seedResponse, result: { ...seedResponse.result, ...change } });
  const cases = [
    ['the seed response', seedResponse, 'accept'],
    ['no result (optional)', without(seedResponse, 'result'), 'accept'],
    ['only the three always-present result fields', { ...seedResponse, result: { id: seedResponse.result.id, created_at: seedResponse.result.created_at, last_modified: seedResponse.result.last_modified } }, 'accept'],
    ['pattern_type UNKNOWN in a response (existing entries)', withResult({ pattern_type: 'UNKNOWN' }), 'accept'],
    ['a field added to result later (responses are tolerant)', withResult({ added_later: 1 }), 'accept'],
    ['an id that is not a uuid', withResult({ id: 'policy-1' }), ['format', '/result/id']],
    ['a created_at that is not a date-time', withResult({ created_at: 'yesterday' }), ['format', '/result/created_at']],
    ['a numeric modified_at (timestamps are strings)', withResult({ modified_at: 1388553600 }), ['type', '/result/modified_at']],
    ['a 1025-character pattern in result', withResult({ pattern: 'a'.repeat(1025) }), ['maxLength', '/result/pattern']],
    ['success false', { ...seedResponse, success: false }, ['const', '/success']],
    ['a message code below 1000', { ...seedResponse, messages: [{ code: 999, message: 'm' }] }, ['minimum', '/messages/0/code']],
    ['a message without text', { ...seedResponse, messages: [{ code: 1000 }] }, ['required', '/messages/0']],
    ['a message with documentation_url and source.pointer', { ...seedResponse, messages: [{ code: 1000, message: 'm', documentation_url: 'https://example.com', source: { pointer: '/pattern' } }] }, 'accept'],
    ['no errors array', without(seedResponse, 'errors'), ['required', '']],
    ['no messages array', without(seedResponse, 'messages'), ['required', '']],
  ];
  it.each(cases)('%s', (_name, body, verdict) => expectVerdict(schema, body, verdict));

  it.each(['id', 'created_at', 'last_modified'])('requires result.%s', (field) => {
    const errors = validate(schema, { ...seedResponse, result: without(seedResponse.result, field) });
    expect(errors.map((e) => [e.keyword, e.params.missingProperty])).toContainEqual(['required', field]);
  });

  it('is the only success status', () => {
    expect(Object.keys(create.responses).filter((s) => s.startsWith('2'))).toEqual(['201']);
  });
});

describe('4xx error envelope (pinned)', () => {
  const errorStatuses = Object.keys(create.responses).filter((s) => s.startsWith('4'));

  it('is declared for 400, 401, 403, 415, 422 and 429', () => {
    expect(errorStatuses).toEqual(expect.arrayContaining(['400', '401', '403', '415', '422', '429']));
  });

  const cases = [
    ['the documented error', clientError, 'accept'],
    ['an error with documentation_url and source.pointer', { ...clientError, errors: [{ code: 1001, message: 'm', documentation_url: 'https://example.com', source: { pointer: '/pattern' } }] }, 'accept'],
    ['no error items', { ...clientError, errors: [] }, ['minItems', '/errors']],
    ['success true', { ...clientError, success: true }, ['const', '/success']],
    ['a result that is not null', { ...clientError, result: {} }, ['const', '/result']],
    ['an error code below 1000', { ...clientError, errors: [{ code: 999, message: 'm' }] }, ['minimum', '/errors/0/code']],
    ['a fractional error code', { ...clientError, errors: [{ code: 1000.5, message: 'm' }] }, ['type', '/errors/0/code']],
    ['an error without message', { ...clientError, errors: [{ code: 1000 }] }, ['required', '/errors/0']],
  ];
  describe.each(errorStatuses)('%s', (status) => {
    it.each(cases)('%s', (_name, body, verdict) => expectVerdict(responseSchema(status), body, verdict));
  });
});

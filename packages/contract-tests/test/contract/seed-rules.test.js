// Pinned seed rules over HTTP: the explicit table of the contract issue, each
// row a field, a value and the status the seed page implies. A spec edit that
// loosens or tightens one of these rules makes its row fail, whatever the
// derived tests (which follow the spec) say.
import { describe, it } from 'vitest';
import { ACCOUNT_ID, BOOLEAN_FIELDS, CREATE_PATH, REQUIRED_FIELDS, SEED_BODY, createRequest, emoji, without } from './seed-request.js';
import { expectContract, operationAt } from './support.js';

const create = operationAt('POST', CREATE_PATH);
const accepted = { status: 201 };
const rejectedAt = (field, code, message) => ({
  status: 422,
  violation: { location: ['request', 'body', ...(field ? [field] : [])], code, message },
});

describe('create body (pinned from the seed page)', () => {
  const rows = [
    ['pattern of 1 character (minLength 1)', 'pattern', 'a', accepted],
    ['pattern of 0 characters', 'pattern', '', rejectedAt('pattern', 'minLength')],
    ['pattern of 1024 characters (maxLength 1024)', 'pattern', 'a'.repeat(1024), accepted],
    ['pattern of 1025 characters', 'pattern', 'a'.repeat(1025), rejectedAt('pattern', 'maxLength')],
    ['pattern of 1024 emoji (code points, not UTF-16 units)', 'pattern', emoji(1024), accepted],
    ['pattern of 1025 emoji', 'pattern', emoji(1025), rejectedAt('pattern', 'maxLength')],
    ['comments of 1024 characters (maxLength 1024)', 'comments', 'c'.repeat(1024), accepted],
    ['comments of 1025 characters', 'comments', 'c'.repeat(1025), rejectedAt('comments', 'maxLength')],
    ['comments null (nullable in the live schema)', 'comments', null, accepted],
    ['pattern_type EMAIL', 'pattern_type', 'EMAIL', accepted],
    ['pattern_type DOMAIN', 'pattern_type', 'DOMAIN', accepted],
    ['pattern_type IP', 'pattern_type', 'IP', accepted],
    ['pattern_type UNKNOWN (cannot be used when creating)', 'pattern_type', 'UNKNOWN', rejectedAt('pattern_type', 'enum')],
    ['pattern_type lowercase email', 'pattern_type', 'email', rejectedAt('pattern_type', 'enum')],
    ['pattern as a number', 'pattern', 42, rejectedAt('pattern', 'type')],
    ['pattern_type as a number', 'pattern_type', 1, rejectedAt('pattern_type', 'type')],
    ['comments as a number', 'comments', 5, rejectedAt('comments', 'type')],
    ...BOOLEAN_FIELDS.map((field) => [`${field} as the string "true"`, field, 'true', rejectedAt(field, 'type')]),
    ['deprecated is_recipient (accepted until its end of life)', 'is_recipient', false, accepted],
    ['deprecated is_sender', 'is_sender', true, accepted],
    ['deprecated is_spoof', 'is_spoof', false, accepted],
    ['an unknown field (typo is_trusted_sendr)', 'is_trusted_sendr', true, rejectedAt(undefined, 'additionalProperties')],
  ];

  it.concurrent.each(rows)('%s', async (rule, field, value, expected) => {
    await expectContract({ rule, field, sent: value, operation: create, request: createRequest({ body: { ...SEED_BODY, [field]: value } }), expected });
  });

  it.concurrent.each(REQUIRED_FIELDS)('rejects a body without required %s', async (field) => {
    await expectContract({
      rule: `${field} is required`,
      field,
      sent: '(field left out)',
      operation: create,
      request: createRequest({ body: without(SEED_BODY, field) }),
      expected: rejectedAt(undefined, 'required', `'${field}'`),
    });
  });

  it.concurrent('rejects a request without a body (the body is required)', async () => {
    await expectContract({
      rule: 'the body is required',
      field: 'body',
      sent: '(no body)',
      operation: create,
      request: { ...createRequest(), body: undefined, contentType: undefined },
      expected: { status: 422, violation: { location: ['request'], code: 'required' } },
    });
  });

  it.concurrent('accepts the seed request, and a body with only the seven required fields', async () => {
    await expectContract({ rule: 'the seed request', field: 'body', sent: SEED_BODY, operation: create, request: createRequest(), expected: accepted });
    const minimal = Object.fromEntries(REQUIRED_FIELDS.map((field) => [field, SEED_BODY[field]]));
    await expectContract({ rule: 'only the required fields', field: 'body', sent: minimal, operation: create, request: createRequest({ body: minimal }), expected: accepted });
  });
});

describe('account_id path parameter (pinned: maxLength 32)', () => {
  it.concurrent.each([
    ['32 characters', 'a'.repeat(32), accepted],
    ['the seed account id', ACCOUNT_ID, accepted],
    ['33 characters', 'a'.repeat(33), { status: 422, violation: { location: ['request', 'path', 'account_id'], code: 'maxLength' } }],
  ])('account_id of %s', async (rule, accountId, expected) => {
    await expectContract({ rule: `account_id ${rule}`, field: 'account_id', sent: accountId, operation: create, request: createRequest({ accountId }), expected });
  });
});

describe('201 Created envelope (pinned from GUIDE.md §2)', () => {
  it('answers the seed request with success, no errors and a result with id, created_at, last_modified', async ({ expect }) => {
    const { response } = await expectContract({ rule: 'the seed request', field: 'body', sent: SEED_BODY, operation: create, request: createRequest(), expected: accepted });
    const { success, errors, messages, result } = response.body;
    expect({ success, errors, messages }).toEqual({ success: true, errors: [], messages: [] });
    expect(result.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
    for (const timestamp of ['created_at', 'last_modified']) expect(Number.isNaN(Date.parse(result[timestamp])), timestamp).toBe(false);
  });
});

// Pinned auth rules of the seed page: a bearer token, or X-Auth-Email together
// with X-Auth-Key. Anything else is 401, reported by Prism as a request-level
// violation with code 401.
import { describe, it } from 'vitest';
import { BEARER, CREATE_PATH, EMAIL, KEY, SEED_BODY, createRequest } from './seed-request.js';
import { expectContract, operationAt } from './support.js';

const create = operationAt('POST', CREATE_PATH);
const unauthorized = { status: 401, violation: { location: ['request'], code: 401 } };
const basic = { Authorization: `Basic ${Buffer.from('user@example.com:144c9defac04969c7bfad8efaa8ea194').toString('base64')}` };

describe('credentials (pinned from the seed page)', () => {
  it.concurrent.each([
    ['no credentials', {}, unauthorized],
    ['a bearer token', BEARER, { status: 201 }],
    ['X-Auth-Email + X-Auth-Key', { ...EMAIL, ...KEY }, { status: 201 }],
    ['X-Auth-Email alone', EMAIL, unauthorized],
    ['X-Auth-Key alone', KEY, unauthorized],
    ['Basic instead of Bearer', basic, unauthorized],
  ])('%s', async (rule, auth, expected) => {
    const sent = Object.keys(auth).join(' + ') || 'none';
    await expectContract({ rule, field: 'credentials', sent, operation: create, request: createRequest({ auth }), expected });
  });

  it.concurrent('checks credentials before the body (no credentials and a bad body → 401)', async () => {
    await expectContract({
      rule: 'auth first',
      field: 'credentials',
      sent: 'none, pattern_type UNKNOWN',
      operation: create,
      request: createRequest({ auth: {}, body: { ...SEED_BODY, pattern_type: 'UNKNOWN' } }),
      expected: unauthorized,
    });
  });
});

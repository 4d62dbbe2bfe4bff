// The pinned request of Cloudflare's reference page, from
// @allow-policy/seed-facts (written out by hand, never read from the spec:
// the spec is what these tests check), shaped for HTTP.
import { ACCOUNT_ID, BOOLEAN_FIELDS, CREATE, CREDENTIALS, REQUIRED_FIELDS, SEED_REQUEST } from '@allow-policy/seed-facts';

export { ACCOUNT_ID, BOOLEAN_FIELDS, REQUIRED_FIELDS };
export const CREATE_PATH = CREATE.path;
export const SEED_BODY = SEED_REQUEST;
export const BEARER = { Authorization: `Bearer ${CREDENTIALS.apiToken}` };
export const EMAIL = { 'X-Auth-Email': CREDENTIALS.apiEmail };
export const KEY = { 'X-Auth-Key': CREDENTIALS.apiKey };

/** An abstract request (the shape @allow-policy/spec-walker derives) for the create endpoint. */
export function createRequest({ body = SEED_BODY, accountId = ACCOUNT_ID, auth = BEARER, contentType = 'application/json', rawBody } = {}) {
  return {
    method: 'POST',
    path: CREATE_PATH,
    pathParams: { account_id: accountId },
    query: {},
    headers: {},
    auth: { headers: auth, query: {}, cookies: {} },
    contentType,
    body: rawBody === undefined ? body : undefined,
    rawBody,
  };
}

export const without = (object, key) => Object.fromEntries(Object.entries(object).filter(([k]) => k !== key));
export const emoji = (n) => '😀'.repeat(n); // one code point, two UTF-16 units each

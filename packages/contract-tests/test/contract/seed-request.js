// The pinned request of Cloudflare's reference page
// (shared/seed/create-email-allow-policy.txt), written out here rather than
// read from the spec: the spec is what these tests check.
export const CREATE_PATH = '/accounts/{account_id}/email-security/settings/allow_policies';
export const ACCOUNT_ID = '023e105f4ecef8ad9ca31a8372d0c353';
export const BEARER = { Authorization: 'Bearer Sn3lZJTBX6kkg7OdcBUAxOO963GEIyGQqnFTOFYY' };
export const EMAIL = { 'X-Auth-Email': 'user@example.com' };
export const KEY = { 'X-Auth-Key': '144c9defac04969c7bfad8efaa8ea194' };

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
};

export const REQUIRED_FIELDS = [
  'is_acceptable_sender',
  'is_exempt_recipient',
  'is_regex',
  'is_trusted_sender',
  'pattern',
  'pattern_type',
  'verify_sender',
];
export const BOOLEAN_FIELDS = [
  'is_acceptable_sender',
  'is_exempt_recipient',
  'is_regex',
  'is_trusted_sender',
  'verify_sender',
  'is_recipient',
  'is_sender',
  'is_spoof',
];

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

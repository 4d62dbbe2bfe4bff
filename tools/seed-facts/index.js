// What Cloudflare's reference page (shared/seed/create-email-allow-policy.txt)
// and GUIDE.md §2 say about Create email allow policy, written out by hand.
// NEVER derive anything here from openapi/: the pinned tests of every package
// check the spec and what is built from it against these facts, so a spec
// edit that loosens or tightens a rule of the page fails them.

export const CREATE = {
  operationId: 'createEmailAllowPolicy',
  method: 'POST',
  path: '/accounts/{account_id}/email-security/settings/allow_policies',
  title: 'Create email allow policy',
  permission: 'Cloud Email Security: Write',
  successStatus: 201,
};

/** The page's example credentials (they are examples, not secrets). */
export const CREDENTIALS = {
  apiToken: 'Sn3lZJTBX6kkg7OdcBUAxOO963GEIyGQqnFTOFYY',
  apiEmail: 'user@example.com',
  apiKey: '144c9defac04969c7bfad8efaa8ea194',
};

export const ACCOUNT_ID = '023e105f4ecef8ad9ca31a8372d0c353';

/** The page's curl request; it also sends the deprecated `is_sender`. */
export const SEED_REQUEST = Object.freeze({
  is_acceptable_sender: false,
  is_exempt_recipient: false,
  is_regex: false,
  is_trusted_sender: true,
  pattern: 'test@example.com',
  pattern_type: 'EMAIL',
  verify_sender: true,
  comments: 'Trust all messages send from test@example.com',
  is_sender: true,
});

/** The page's `result`. */
export const SEED_RESULT = Object.freeze({
  id: 'f174e90a-fafe-4643-bbbc-4a0ed4fc8415',
  created_at: '2014-01-01T05:20:00.12345Z',
  last_modified: '2014-01-01T05:20:00.12345Z',
  comments: 'Trust all messages send from test@example.com',
  is_acceptable_sender: false,
  is_exempt_recipient: false,
  is_recipient: false,
  is_regex: false,
  is_sender: true,
  is_spoof: false,
  is_trusted_sender: true,
  modified_at: '2014-01-01T05:20:00.12345Z',
  pattern: 'test@example.com',
  pattern_type: 'EMAIL',
  verify_sender: true,
});

export const REQUIRED_FIELDS = Object.freeze([
  'is_acceptable_sender',
  'is_exempt_recipient',
  'is_regex',
  'is_trusted_sender',
  'pattern',
  'pattern_type',
  'verify_sender',
]);

export const OPTIONAL_FIELDS = Object.freeze(['comments', 'is_recipient', 'is_sender', 'is_spoof']);

export const BOOLEAN_FIELDS = Object.freeze([
  'is_acceptable_sender',
  'is_exempt_recipient',
  'is_regex',
  'is_trusted_sender',
  'verify_sender',
  'is_recipient',
  'is_sender',
  'is_spoof',
]);

/** `UNKNOWN` "cannot be used when creating", so the create enum leaves it out. */
export const CREATE_PATTERN_TYPES = Object.freeze(['EMAIL', 'DOMAIN', 'IP']);

/** Deprecated request fields: what replaces them, since when, until when. */
export const DEPRECATED_REQUEST_FIELDS = Object.freeze({
  is_recipient: { replacedBy: 'is_exempt_recipient', deprecatedSince: '2025-07-01', sunset: '2026-07-01' },
  is_sender: { replacedBy: 'is_trusted_sender', deprecatedSince: '2025-07-01', sunset: '2026-07-01' },
  is_spoof: { replacedBy: 'is_acceptable_sender', deprecatedSince: '2025-07-01', sunset: '2026-07-01' },
});

/** Deprecated result fields (the page gives no deprecation date for last_modified). */
export const DEPRECATED_RESULT_FIELDS = Object.freeze({
  ...DEPRECATED_REQUEST_FIELDS,
  last_modified: { replacedBy: 'modified_at', sunset: '2026-11-01' },
});

/** Always present in `result` (GUIDE.md §2); every other field is optional. */
export const ALWAYS_PRESENT_RESULT_FIELDS = Object.freeze(['id', 'created_at', 'last_modified']);

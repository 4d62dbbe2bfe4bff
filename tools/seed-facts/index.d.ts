export declare const CREATE: {
  readonly operationId: 'createEmailAllowPolicy';
  readonly method: 'POST';
  readonly path: '/accounts/{account_id}/email-security/settings/allow_policies';
  readonly title: string;
  readonly permission: 'Cloud Email Security: Write';
  readonly successStatus: 201;
};
export declare const CREDENTIALS: { readonly apiToken: string; readonly apiEmail: string; readonly apiKey: string };
export declare const ACCOUNT_ID: string;
export declare const SEED_REQUEST: {
  readonly is_acceptable_sender: false;
  readonly is_exempt_recipient: false;
  readonly is_regex: false;
  readonly is_trusted_sender: true;
  readonly pattern: 'test@example.com';
  readonly pattern_type: 'EMAIL';
  readonly verify_sender: true;
  readonly comments: 'Trust all messages send from test@example.com';
  readonly is_sender: true;
};
export declare const SEED_RESULT: Readonly<Record<string, string | boolean>> & {
  readonly id: string;
  readonly created_at: string;
  readonly last_modified: string;
};
export declare const REQUIRED_FIELDS: readonly string[];
export declare const OPTIONAL_FIELDS: readonly string[];
export declare const BOOLEAN_FIELDS: readonly string[];
export declare const CREATE_PATTERN_TYPES: readonly ['EMAIL', 'DOMAIN', 'IP'];
type Deprecation = { readonly replacedBy: string; readonly deprecatedSince?: string; readonly sunset: string };
export declare const DEPRECATED_REQUEST_FIELDS: Readonly<Record<'is_recipient' | 'is_sender' | 'is_spoof', Deprecation>>;
export declare const DEPRECATED_RESULT_FIELDS: Readonly<Record<'is_recipient' | 'is_sender' | 'is_spoof' | 'last_modified', Deprecation>>;
export declare const ALWAYS_PRESENT_RESULT_FIELDS: readonly ['id', 'created_at', 'last_modified'];

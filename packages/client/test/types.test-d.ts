// Type tests: run by vitest's typecheck (tsc). A wrong expectation, or an
// expect-error directive whose line no longer errors, fails the run.
import { describe, expectTypeOf, it } from 'vitest';
import {
  createRawClient,
  ApiError,
  createAllowPolicyClient,
  RateLimitError,
  UnprocessableEntityError,
  type AllowPolicy,
  type AllowPolicyCreate,
  type Auth,
  type ResponseMessage,
} from '../src/index.js';
import { SEED_BODY } from './fetch-stub.js';

const client = createAllowPolicyClient({ auth: { apiToken: 'token' } });
const valid = SEED_BODY satisfies AllowPolicyCreate;

describe('the create body', () => {
  it('accepts the seed example, with optional and deprecated fields', () => {
    expectTypeOf(client.allowPolicies.create).toBeCallableWith('acc', valid);
    expectTypeOf(client.allowPolicies.create).toBeCallableWith('acc', { ...valid, comments: null, is_spoof: false });
  });

  it('pattern_type is EMAIL | DOMAIN | IP: UNKNOWN cannot be created', () => {
    expectTypeOf<AllowPolicyCreate['pattern_type']>().toEqualTypeOf<'EMAIL' | 'DOMAIN' | 'IP'>();
    // @ts-expect-error UNKNOWN is response-only
    void client.allowPolicies.create('acc', { ...valid, pattern_type: 'UNKNOWN' });
  });

  it('each required field missing is a type error', () => {
    // @ts-expect-error is_acceptable_sender missing
    void client.allowPolicies.create('acc', { is_exempt_recipient: false, is_regex: false, is_trusted_sender: true, pattern: 'p', pattern_type: 'EMAIL', verify_sender: true });
    // @ts-expect-error is_exempt_recipient missing
    void client.allowPolicies.create('acc', { is_acceptable_sender: false, is_regex: false, is_trusted_sender: true, pattern: 'p', pattern_type: 'EMAIL', verify_sender: true });
    // @ts-expect-error is_regex missing
    void client.allowPolicies.create('acc', { is_acceptable_sender: false, is_exempt_recipient: false, is_trusted_sender: true, pattern: 'p', pattern_type: 'EMAIL', verify_sender: true });
    // @ts-expect-error is_trusted_sender missing
    void client.allowPolicies.create('acc', { is_acceptable_sender: false, is_exempt_recipient: false, is_regex: false, pattern: 'p', pattern_type: 'EMAIL', verify_sender: true });
    // @ts-expect-error pattern missing
    void client.allowPolicies.create('acc', { is_acceptable_sender: false, is_exempt_recipient: false, is_regex: false, is_trusted_sender: true, pattern_type: 'EMAIL', verify_sender: true });
    // @ts-expect-error pattern_type missing
    void client.allowPolicies.create('acc', { is_acceptable_sender: false, is_exempt_recipient: false, is_regex: false, is_trusted_sender: true, pattern: 'p', verify_sender: true });
    // @ts-expect-error verify_sender missing
    void client.allowPolicies.create('acc', { is_acceptable_sender: false, is_exempt_recipient: false, is_regex: false, is_trusted_sender: true, pattern: 'p', pattern_type: 'EMAIL' });
  });

  it('exactly these fields are required (a new required field fails here too)', () => {
    type RequiredKeys<T> = { [K in keyof T]-?: object extends Pick<T, K> ? never : K }[keyof T];
    expectTypeOf<RequiredKeys<AllowPolicyCreate>>().toEqualTypeOf<
      'is_acceptable_sender' | 'is_exempt_recipient' | 'is_regex' | 'is_trusted_sender' | 'pattern' | 'pattern_type' | 'verify_sender'
    >();
  });

  it('an unknown property is a type error', () => {
    // @ts-expect-error typo of is_trusted_sender
    void client.allowPolicies.create('acc', { ...valid, is_trusted_sendr: true });
  });

  it('field types are the spec types', () => {
    expectTypeOf<AllowPolicyCreate['comments']>().toEqualTypeOf<string | null | undefined>();
    expectTypeOf<AllowPolicyCreate['is_regex']>().toEqualTypeOf<boolean>();
    // @ts-expect-error a boolean is not a string
    void client.allowPolicies.create('acc', { ...valid, is_regex: 'yes' });
  });
});

describe('the created policy', () => {
  it('id, created_at and last_modified are non-optional strings; the rest optional', () => {
    expectTypeOf(client.allowPolicies.create).returns.resolves.toEqualTypeOf<AllowPolicy>();
    expectTypeOf<AllowPolicy['id']>().toEqualTypeOf<string>();
    expectTypeOf<AllowPolicy['created_at']>().toEqualTypeOf<string>();
    expectTypeOf<AllowPolicy['last_modified']>().toEqualTypeOf<string>();
    expectTypeOf<AllowPolicy['modified_at']>().toEqualTypeOf<string | undefined>();
    expectTypeOf<AllowPolicy['pattern_type']>().toEqualTypeOf<'EMAIL' | 'DOMAIN' | 'IP' | 'UNKNOWN' | undefined>();
  });
});

describe('errors', () => {
  it('errors[] and messages[] items are typed', () => {
    expectTypeOf<ApiError['errors']>().toEqualTypeOf<ResponseMessage[]>();
    expectTypeOf<ApiError['messages']>().toEqualTypeOf<ResponseMessage[]>();
    expectTypeOf<ResponseMessage['code']>().toEqualTypeOf<number>();
    expectTypeOf<ResponseMessage['message']>().toEqualTypeOf<string>();
    expectTypeOf<ResponseMessage['documentation_url']>().toEqualTypeOf<string | undefined>();
    expectTypeOf<NonNullable<ResponseMessage['source']>['pointer']>().toEqualTypeOf<string | undefined>();
    expectTypeOf<ApiError['requestId']>().toEqualTypeOf<string | undefined>();
  });

  it('subclasses narrow the status', () => {
    expectTypeOf<UnprocessableEntityError['status']>().toEqualTypeOf<422>();
    expectTypeOf<RateLimitError['status']>().toEqualTypeOf<429>();
    expectTypeOf<UnprocessableEntityError>().toExtend<ApiError>();
  });
});

describe('auth', () => {
  it('is a token or an email + key pair, never half or both', () => {
    expectTypeOf<{ apiToken: string }>().toExtend<Auth>();
    expectTypeOf<{ apiEmail: string; apiKey: string }>().toExtend<Auth>();
    // @ts-expect-error key missing
    createAllowPolicyClient({ auth: { apiEmail: 'user@example.com' } });
    // @ts-expect-error both modes
    createAllowPolicyClient({ auth: { apiToken: 't', apiEmail: 'user@example.com', apiKey: 'k' } });
    // @ts-expect-error auth is required
    createAllowPolicyClient({});
  });
});

describe('the raw client', () => {
  const raw = createRawClient({ auth: { apiToken: 't' } });
  it('is typed for the paths of the spec', async () => {
    const { data, error } = await raw.POST('/accounts/{account_id}/email-security/settings/allow_policies', {
      params: { path: { account_id: 'acc' } },
      body: valid,
    });
    expectTypeOf<NonNullable<typeof data>['result']>().toEqualTypeOf<AllowPolicy | undefined>();
    expectTypeOf<NonNullable<typeof error>['errors']>().toEqualTypeOf<ResponseMessage[]>();
    expectTypeOf<NonNullable<typeof error>['success']>().toEqualTypeOf<false>();
    // @ts-expect-error not a path of the spec
    void raw.POST('/accounts/{account_id}/nope', { params: { path: { account_id: 'acc' } } });
    // @ts-expect-error account_id is required
    void raw.POST('/accounts/{account_id}/email-security/settings/allow_policies', { params: { path: {} }, body: valid });
  });
});

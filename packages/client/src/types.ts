// Friendly names for the generated types. Derived from the operation, not from
// schema names, so a renamed component does not break the public API.
import type { components, operations } from './generated/schema.js';

export type { components, operations, paths } from './generated/schema.js';

type CreateOperation = operations['createEmailAllowPolicy'];

/** The body of `allowPolicies.create`. */
export type AllowPolicyCreate = CreateOperation['requestBody']['content']['application/json'];
/** The envelope of a 201 from `allowPolicies.create`. */
export type AllowPolicyCreated = CreateOperation['responses'][201]['content']['application/json'];
/** An allow policy as the service returns it. */
export type AllowPolicy = NonNullable<AllowPolicyCreated['result']>;
/** One item of an envelope's `errors[]` or `messages[]`. */
export type ResponseMessage = components['schemas']['ResponseMessage'];
/** The body of every 4xx response. */
export type ErrorEnvelope = components['schemas']['ErrorEnvelope'];

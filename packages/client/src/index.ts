export { createAllowPolicyClient, DEFAULT_BASE_URL } from './client.js';
export { createRawClient } from './raw.js';
export type { RawClient } from './raw.js';
export type { AllowPolicyClient, CallOptions, ClientOptions } from './client.js';
export type { Auth } from './auth.js';
export {
  ApiError,
  AuthenticationError,
  BadRequestError,
  ConflictError,
  ConnectionError,
  InternalServerError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  TimeoutError,
  UnprocessableEntityError,
} from './errors.js';
export { unwrap } from './unwrap.js';
export type {
  AllowPolicy,
  AllowPolicyCreate,
  AllowPolicyCreated,
  ErrorEnvelope,
  ResponseMessage,
  components,
  operations,
  paths,
} from './types.js';

export { listOperations, findOperation } from './operations.js';
export { createSchemaValidator } from './validator.js';
export { resolveRef } from './resolve.js';
export { listDeprecatedProperties, overdueDeprecations } from './deprecations.js';

export { listOperations, findOperation } from './operations.js';
export { createSchemaValidator } from './validator.js';
export { resolveRef } from './resolve.js';
export { listDeprecatedProperties, overdueDeprecations } from './deprecations.js';
export { listConstraints, listOperationConstraints } from './constraints.js';
export { deriveContractCases, deriveCases, createBaseRequest, credentialsFor } from './cases.js';
export { sampleValue, flattenSchema } from './samples.js';

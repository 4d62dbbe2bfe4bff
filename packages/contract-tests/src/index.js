export { createContract, rejectionStatus, successStatus, prismViolation, shorten } from './contract.js';
export { send } from './http.js';
export { contractSpecPath, loadContractSpec } from './spec.js';
export { runContractSuite } from './run-suite.js';

export { deriveMutants } from './mutants.js';
export { applyMutant } from './apply.js';
export { locateInSources } from './source-pointer.js';
export { bundleMutant, runMutationCheck } from './run.js';

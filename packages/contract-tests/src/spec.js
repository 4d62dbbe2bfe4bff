import { readFileSync } from 'node:fs';
import { openapiJsonPath } from '@allow-policy/spec';

/**
 * `ALLOW_POLICY_SPEC` points the whole suite (Prism and the tests' own reading
 * of the spec) at another bundled document — the mutation check uses it to run
 * this suite against each mutant.
 */
export function contractSpecPath() {
  return process.env.ALLOW_POLICY_SPEC || openapiJsonPath;
}

export function loadContractSpec(path = contractSpecPath()) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new Error(`Cannot read the bundled spec ${path}: run npm run build first, or fix ALLOW_POLICY_SPEC.`, { cause: error });
  }
}

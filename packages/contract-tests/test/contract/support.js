// What every contract test file shares: the target Prism that globalSetup
// started, the document under test, and one assertion that reports a broken
// contract by rule, field, value sent and status received.
import { expect, inject } from 'vitest';
import { listOperations } from '@allow-policy/spec-walker';
import { createContract } from '../../src/contract.js';
import { loadContractSpec } from '../../src/spec.js';

export const target = inject('contract');
export const doc = loadContractSpec(target.specPath);
export const contract = createContract(doc, target);
export const providerMode = Boolean(target.upstreamUrl);

/** The operation at a method and path — how the pinned tests find theirs, never by the spec's own ids. */
export function operationAt(method, path) {
  const found = listOperations(doc).find((op) => op.method === method.toLowerCase() && op.path === path);
  if (!found) throw new Error(`The spec has no ${method} ${path}`);
  return found;
}

export async function expectContract(exchange) {
  const outcome = await contract.exchange(exchange);
  expect(outcome.problems, outcome.message).toEqual([]);
  return outcome;
}

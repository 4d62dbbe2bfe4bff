// Derived from the spec, generically: every constraint of every operation gets
// a request that must be accepted and one that must be rejected. A new field
// or operation in openapi/ adds its cases here without new test code.
import { describe, expect, it } from 'vitest';
import { createCoverage, deriveExchanges } from '../../src/derived.js';
import { doc, expectContract } from './support.js';

const { constraints, exchanges, unsupported, operations } = deriveExchanges(doc);
const coverage = createCoverage(constraints);

describe.each([...operations.keys()])('%s: derived cases', (operationId) => {
  const ofOperation = exchanges.filter((e) => e.derived.request.operationId === operationId);
  it.concurrent.each(ofOperation.map((e) => [e.label, e]))('%s', async (_label, { derived, exchange }) => {
    try {
      await expectContract(exchange);
    } finally {
      coverage.record(derived);
    }
  });
});

// Runs after every case above (describe blocks run in order).
describe('constraint coverage', () => {
  it('exercises every constraint found with a must-pass and a must-fail case', () => {
    const { line, exercised, found } = coverage.summary();
    console.log(`${line}; ${exchanges.length} derived cases over ${operations.size} operation(s)`);
    expect(unsupported, 'constraints found that no case could be derived for').toEqual([]);
    expect(exercised).toEqual(found);
  });
});

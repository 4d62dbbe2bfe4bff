// Derived from the spec, generically: every constraint of every operation gets
// a request that must be accepted and one that must be rejected. A new field
// or operation in openapi/ adds its cases here without new test code.
import { describe, expect, it } from 'vitest';
import { deriveContractCases, listOperations } from '@allow-policy/spec-walker';
import { prismViolation, rejectionStatus, successStatus } from '../../src/contract.js';
import { doc, expectContract } from './support.js';

const { constraints, cases, unsupported } = deriveContractCases(doc);
const operations = new Map(listOperations(doc).map((op) => [op.id, op]));
const sent = new Map(); // constraint id → verdicts sent

describe.each([...operations.keys()])('%s: derived cases', (operationId) => {
  const operation = operations.get(operationId);
  const ofOperation = cases.filter((c) => c.request.operationId === operationId);
  it.concurrent.each(ofOperation.map((c) => [`${c.verdict} ${c.name} [${c.constraint}]`, c]))('%s', async (_label, derived) => {
    const expected =
      derived.verdict === 'accept'
        ? { status: successStatus(operation) }
        : { status: rejectionStatus(operation, derived.violation), violation: prismViolation(derived.violation) };
    try {
      await expectContract({ rule: derived.constraint, field: derived.name, sent: derived.sent, operation, request: derived.request, expected });
    } finally {
      sent.set(derived.constraint, new Set([...(sent.get(derived.constraint) ?? []), derived.verdict]));
    }
  });
});

describe('constraint coverage', () => {
  it('exercises every constraint found with a must-pass and a must-fail case', () => {
    const exercised = constraints.filter((c) => sent.get(c.id)?.has('accept') && sent.get(c.id)?.has('reject'));
    const percent = constraints.length ? Math.floor((exercised.length / constraints.length) * 1000) / 10 : 100;
    console.log(
      `constraint coverage: ${exercised.length}/${constraints.length} constraints exercised (${percent} %), ${cases.length} derived cases over ${operations.size} operation(s)`,
    );
    expect(unsupported, 'constraints found that no case could be derived for').toEqual([]);
    expect(exercised.map((c) => c.id)).toEqual(constraints.map((c) => c.id));
  });
});


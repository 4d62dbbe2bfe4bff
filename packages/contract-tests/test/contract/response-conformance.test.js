// Response conformance: every response this suite receives is validated
// against the schema declared for its status (inside expectContract). Here,
// in mock mode, Prism is asked for every declared status of every operation
// (Prefer: code=…), so each declared response is received and validated at
// least once — with --errors, a response that breaks its schema is a 500.
import { describe, it } from 'vitest';
import { createBaseRequest, listOperations } from '@allow-policy/spec-walker';
import { doc, expectContract, providerMode } from './support.js';

const operations = listOperations(doc);

// A provider cannot be asked for a status; there, conformance is checked on
// whatever the other files receive (accepted requests go through prism proxy).
if (!providerMode) describe('every declared response of every operation (mock)', () => {
  const rows = operations.flatMap((operation) => Object.keys(operation.responses).map((status) => [`${operation.id} ${status}`, operation, status]));
  it.concurrent.each(rows)('%s conforms to its declared schema', async (_label, operation, status) => {
    const request = createBaseRequest(doc, operation);
    request.headers = { ...request.headers, Prefer: `code=${status}` };
    await expectContract({ rule: `declared response ${status}`, field: `Prefer: code=${status}`, sent: status, operation, request, expected: { status } });
  });
});

describe('conformance is enforced, not assumed', () => {
  it('flags a received body that breaks its declared schema', async ({ expect }) => {
    const { createContract } = await import('../../src/contract.js');
    const operation = operations[0];
    const status = Object.keys(operation.responses).find((s) => s.startsWith('2'));
    const problems = createContract(doc, {}).conformanceProblems(operation, { status: Number(status), body: { success: 'yes' }, text: '' });
    expect(problems.length).toBeGreaterThan(0);
    expect(createContract(doc, {}).conformanceProblems(operation, { status: 599, body: {}, text: '{}' })).toEqual([
      expect.stringContaining('status 599 is not declared'),
    ]);
  });
});

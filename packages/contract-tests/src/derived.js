// Turns the walker's derived cases into contract exchanges and measures
// constraint coverage — shared by the contract suite and the test that runs
// the same derivation against a second, unrelated API.
import { deriveContractCases, listOperations } from '@allow-policy/spec-walker';
import { prismViolation, rejectionStatus, successStatus } from './contract.js';

/** The walker's cases for `doc`, each with the exchange expectContract takes. */
export function deriveExchanges(doc) {
  const { constraints, cases, unsupported } = deriveContractCases(doc);
  const operations = new Map(listOperations(doc).map((op) => [op.id, op]));
  const exchanges = cases.map((derived) => {
    const operation = operations.get(derived.request.operationId);
    const expected =
      derived.verdict === 'accept'
        ? { status: successStatus(operation) }
        : { status: rejectionStatus(operation, derived.violation), violation: prismViolation(derived.violation) };
    return {
      label: `${derived.verdict} ${derived.name} [${derived.constraint}]`,
      derived,
      exchange: { rule: derived.constraint, field: derived.name, sent: derived.sent, operation, request: derived.request, expected },
    };
  });
  return { constraints, exchanges, unsupported, operations };
}

/** Counts a constraint as exercised once a must-pass and a must-fail case of it were sent. */
export function createCoverage(constraints) {
  const sent = new Map();
  return {
    record(derived) {
      sent.set(derived.constraint, new Set([...(sent.get(derived.constraint) ?? []), derived.verdict]));
    },
    summary() {
      const exercised = constraints.filter((c) => sent.get(c.id)?.has('accept') && sent.get(c.id)?.has('reject'));
      const percent = constraints.length ? Math.floor((exercised.length / constraints.length) * 1000) / 10 : 100;
      return {
        exercised: exercised.map((c) => c.id),
        found: constraints.map((c) => c.id),
        line: `constraint coverage: ${exercised.length}/${constraints.length} constraints exercised (${percent} %)`,
      };
    },
  };
}

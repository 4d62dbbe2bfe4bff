// The derivation is generic: the same walker and the same expectations, sent
// to a Prism mock of a second, unrelated API (nested objects, arrays of
// objects, query and header parameters, numbers, formats, a pattern, an
// operation-level security override), pass with 100 % constraint coverage.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startPrism } from '@allow-policy/mock';
import { ordersApi } from '@allow-policy/spec-walker/fixtures/orders-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createContract } from '../../src/contract.js';
import { createCoverage, deriveExchanges } from '../../src/derived.js';

const { constraints, exchanges, unsupported } = deriveExchanges(ordersApi);
const coverage = createCoverage(constraints);
let dir;
let prism;
let contract;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'orders-api-'));
  const spec = join(dir, 'openapi.json');
  await writeFile(spec, JSON.stringify(ordersApi));
  prism = await startPrism({ spec });
  contract = createContract(ordersApi, { baseUrl: prism.url });
});
afterAll(async () => {
  await prism?.stop();
  await rm(dir, { recursive: true, force: true });
});

describe('a second API, derived cases against its Prism mock', () => {
  it.concurrent.each(exchanges.map((e) => [e.label, e]))('%s', async (_label, { derived, exchange }) => {
    const outcome = await contract.exchange(exchange);
    coverage.record(derived);
    expect(outcome.problems, outcome.message).toEqual([]);
  });
});

describe('coverage of the second API', () => {
  it('derives and exercises every constraint', () => {
    const { line, exercised, found } = coverage.summary();
    console.log(`second API: ${line}, ${exchanges.length} cases`);
    expect(unsupported).toEqual([]);
    expect(exercised).toEqual(found);
  });
});

#!/usr/bin/env node
// Speed of the contract suite next to the boot of the mock it needs:
// `npm run bench -w @allow-policy/contract-tests` (BENCH_RUNS, default 5).
// Prints each run and the medians; measures, never asserts.
import { startPrism } from '@allow-policy/mock';
import { runContractSuite } from '../src/run-suite.js';

const runs = Number(process.env.BENCH_RUNS ?? 5);
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const ms = (value) => `${Math.round(value)} ms`.padStart(9);

const rows = [];
console.log(`contract suite vs mock start-up, ${runs} runs (mock mode, bundled spec)\n`);
console.log('run   mock start-up   suite wall time   suite beyond start-up   tests');
for (let run = 1; run <= runs; run++) {
  const prism = await startPrism();
  const startup = prism.startupMs;
  await prism.stop();

  const started = performance.now();
  const result = await runContractSuite();
  const wall = performance.now() - started;
  if (!result.passed) throw new Error(`The contract suite failed during the benchmark:\n${result.failedTests.map((t) => t.name).join('\n')}`);
  rows.push({ startup, wall, total: result.total });
  console.log(`${String(run).padStart(3)}   ${ms(startup)}       ${ms(wall)}         ${ms(wall - startup)}          ${result.total}`);
}
const startup = median(rows.map((r) => r.startup));
const wall = median(rows.map((r) => r.wall));
console.log(`\nmedian: mock start-up ${Math.round(startup)} ms | suite wall time ${Math.round(wall)} ms (${rows[0].total} tests, vitest boot + Prism boot + requests) | beyond the mock's start-up ${Math.round(wall - startup)} ms (${(wall / startup).toFixed(1)}× start-up)`);

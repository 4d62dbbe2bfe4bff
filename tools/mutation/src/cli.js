#!/usr/bin/env node
// `npm test -w @allow-policy/mutation`: every mutant of the spec must make the
// contract suite fail. Prints one line per mutant and `killed/total`.
import { loadOpenApi } from '@allow-policy/spec';
import { deriveMutants } from './mutants.js';
import { runMutationCheck } from './run.js';

const started = performance.now();
const mutants = deriveMutants(loadOpenApi());
const concurrency = Number(process.env.MUTATION_CONCURRENCY ?? 2);
console.log(`spec mutation check: ${mutants.length} mutants, ${concurrency} at a time, contract suite in mock mode`);
try {
  const outcomes = await runMutationCheck(mutants, { concurrency });
  const killed = outcomes.filter((o) => o.killed).length;
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`mutation score: ${killed}/${outcomes.length} mutants killed (${seconds} s)`);
  if (killed < outcomes.length) {
    console.error(`Survivors — the contract tests do not guard these rules:\n${outcomes.filter((o) => !o.killed).map((o) => `  ${o.mutant.id}`).join('\n')}`);
    process.exitCode = 1;
  }
} catch (error) {
  console.error(error.message);
  process.exitCode = 1;
}

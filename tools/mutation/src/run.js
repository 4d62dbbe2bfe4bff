// Runs the contract suite against each mutant of the spec and reports which
// ones it failed to notice. A mutant is killed only by a failing contract
// *test*: a suite that cannot start (broken bundle, Prism fatal) is an error
// of the check, never a kill (runContractSuite rejects then).
import { cp, mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { runContractSuite } from '@allow-policy/contract-tests';
import { applyMutant } from './apply.js';

const require = createRequire(import.meta.url);
// The spec package's own bundler (not a package export: it is build tooling).
const specDir = dirname(require.resolve('@allow-policy/spec/package.json'));
const { bundleSpec } = await import(pathToFileURL(join(specDir, 'scripts/bundle.js')).href);
export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

/** Copies openapi/ to a fresh directory, applies `mutant` (if any) and bundles it. */
export async function bundleMutant(workDir, mutant, { openapiDir = join(repoRoot, 'openapi') } = {}) {
  const sources = join(workDir, 'openapi');
  await cp(openapiDir, sources, { recursive: true });
  if (mutant) await applyMutant(join(sources, 'openapi.yaml'), mutant);
  const { json } = await bundleSpec({ input: join(sources, 'openapi.yaml'), outDir: join(workDir, 'dist') });
  return json;
}

/**
 * The whole check: the unmutated spec must pass, then every mutant must be
 * killed. `concurrency` mutants run at once (each is a Prism + a vitest run).
 */
export async function runMutationCheck(mutants, { concurrency = 2, log = console.log } = {}) {
  const workRoot = await mkdtemp(join(tmpdir(), 'allow-policy-mutation-'));
  try {
    const baselineDir = join(workRoot, 'baseline');
    await mkdir(baselineDir);
    const baselineSpec = await bundleMutant(baselineDir);
    const baseline = await runContractSuite({ specPath: baselineSpec });
    if (!baseline.passed) {
      throw new Error(`The contract suite fails on the unmutated spec, so no mutant can be judged:\n${baseline.failedTests.map((t) => `  ${t.name}: ${t.message.split('\n')[0]}`).join('\n')}`);
    }
    const baselineJson = await readFile(baselineSpec, 'utf8');

    const outcomes = new Array(mutants.length);
    let next = 0;
    const worker = async () => {
      while (next < mutants.length) {
        const index = next++;
        const mutant = mutants[index];
        const dir = join(workRoot, `mutant-${index}`);
        await mkdir(dir);
        const specPath = await bundleMutant(dir, mutant);
        if ((await readFile(specPath, 'utf8')) === baselineJson) throw new Error(`Mutant "${mutant.id}" did not change the bundled spec`);
        const started = performance.now();
        const run = await runContractSuite({ specPath });
        const ms = Math.round(performance.now() - started);
        outcomes[index] = { mutant, killed: !run.passed, by: run.failedTests, ms };
        const verdict = run.passed ? 'SURVIVED' : 'killed  ';
        const by = run.failedTests.length > 1 ? ` and ${run.failedTests.length - 1} more` : '';
        log(`${verdict} ${mutant.id}${run.passed ? '' : ` — by "${run.failedTests[0].name}"${by}`} (${ms} ms)`);
        await rm(dir, { recursive: true, force: true });
      }
    };
    await Promise.all(Array.from({ length: Math.min(concurrency, mutants.length) }, worker));
    return outcomes;
  } finally {
    await rm(workRoot, { recursive: true, force: true });
  }
}

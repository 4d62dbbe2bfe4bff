// Runs the contract suite against each mutant of the spec and reports which
// ones it failed to notice. A mutant is killed only by a failing contract
// *test*: a suite that cannot start (broken bundle, Prism fatal) is an error
// of the check, never a kill.
import { spawn } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { applyMutant } from './apply.js';

const require = createRequire(import.meta.url);
// The spec package's own bundler (not a package export: it is build tooling).
const specDir = dirname(require.resolve('@allow-policy/spec/package.json'));
const { bundleSpec } = await import(pathToFileURL(join(specDir, 'scripts/bundle.js')).href);
export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const contractTestsDir = dirname(require.resolve('@allow-policy/contract-tests/package.json'));
const vitestBin = join(dirname(require.resolve('vitest/package.json', { paths: [contractTestsDir] })), 'vitest.mjs');

/** Copies openapi/ to a fresh directory, applies `mutant` (if any) and bundles it. */
export async function bundleMutant(workDir, mutant, { openapiDir = join(repoRoot, 'openapi') } = {}) {
  const sources = join(workDir, 'openapi');
  await cp(openapiDir, sources, { recursive: true });
  if (mutant) await applyMutant(join(sources, 'openapi.yaml'), mutant);
  const { json } = await bundleSpec({ input: join(sources, 'openapi.yaml'), outDir: join(workDir, 'dist') });
  return json;
}

/**
 * Runs the contract suite (mock mode) on the bundled spec `specPath`, stopping
 * at the first failing test. Resolves to `{ passed, failedTests, output }`.
 */
export async function runContractSuite(specPath, { bail = true } = {}) {
  const report = join(dirname(specPath), 'vitest-report.json');
  const args = [vitestBin, 'run', '--reporter=json', `--outputFile=${report}`];
  if (bail) args.push('--bail=1');
  const env = { ...process.env, ALLOW_POLICY_SPEC: specPath, FORCE_COLOR: '0' };
  delete env.CONTRACT_UPSTREAM_URL; // mutants are judged against the mock only
  const child = spawn(process.execPath, args, { cwd: contractTestsDir, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const code = await new Promise((resolveExit) => child.once('exit', (exitCode) => resolveExit(exitCode)));
  const results = await readFile(report, 'utf8').then(JSON.parse, () => undefined);
  if (!results) throw new Error(`The contract suite did not run (exit ${code}):\n${output.slice(-2000)}`);
  const failedTests = results.testResults
    .flatMap((file) => file.assertionResults)
    .filter((test) => test.status === 'failed')
    .map((test) => ({ name: test.fullName, message: test.failureMessages?.[0]?.split('\n')[0] ?? '' }));
  const erroredFiles = results.testResults.filter((file) => file.status === 'failed' && file.assertionResults.every((t) => t.status !== 'failed'));
  if (failedTests.length === 0 && (code !== 0 || erroredFiles.length > 0)) {
    throw new Error(`The contract suite errored without a failing test (exit ${code}):\n${output.slice(-2000)}`);
  }
  return { passed: code === 0 && failedTests.length === 0, failedTests, total: results.numTotalTests, output };
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
    const baseline = await runContractSuite(baselineSpec, { bail: false });
    if (!baseline.passed) {
      throw new Error(`The contract suite fails on the unmutated spec, so no mutant can be judged:\n${baseline.failedTests.map((t) => `  ${t.name}: ${t.message}`).join('\n')}`);
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
        const run = await runContractSuite(specPath);
        const ms = Math.round(performance.now() - started);
        outcomes[index] = { mutant, killed: !run.passed, by: run.failedTests[0], ms };
        const verdict = run.passed ? 'SURVIVED' : 'killed  ';
        log(`${verdict} ${mutant.id}${run.passed ? '' : ` — by "${run.failedTests[0].name}"`} (${ms} ms)`);
        await rm(dir, { recursive: true, force: true });
      }
    };
    await Promise.all(Array.from({ length: Math.min(concurrency, mutants.length) }, worker));
    return outcomes;
  } finally {
    await rm(workRoot, { recursive: true, force: true });
  }
}

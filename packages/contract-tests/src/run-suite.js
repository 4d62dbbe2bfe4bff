// Runs this contract suite as a child process and reads vitest's JSON report:
// how the mutation check judges a mutant and how the provider-mode and
// no-orphan tests run the suite end to end.
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const packageDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const vitestBin = join(dirname(require.resolve('vitest/package.json')), 'vitest.mjs');

/**
 * Runs every test: with --bail, vitest cancels concurrent tests mid-flight and
 * its JSON report can then hold no failed test at all, so a verdict needs the
 * whole run (a run costs ~4 s, mostly the two boots).
 *
 * @param {{ specPath?: string, upstreamUrl?: string, onStart?: (child) => void }} options
 *   `specPath` → ALLOW_POLICY_SPEC, `upstreamUrl` → CONTRACT_UPSTREAM_URL (provider mode).
 * @returns {Promise<{ passed: boolean, exitCode: number|null, signal: string|null, total: number,
 *   failedTests: { name: string, message: string }[], output: string }>}
 *   Rejects when the suite did not run at all (no report): that is never a verdict.
 */
export async function runContractSuite({ specPath, upstreamUrl, onStart } = {}) {
  const reportDir = await mkdtemp(join(tmpdir(), 'contract-run-'));
  const report = join(reportDir, 'report.json');
  const args = [vitestBin, 'run', '--reporter=json', `--outputFile=${report}`];
  const env = { ...process.env, FORCE_COLOR: '0' };
  delete env.ALLOW_POLICY_SPEC;
  delete env.CONTRACT_UPSTREAM_URL;
  delete env.VITEST; // the child is its own vitest run, not a worker of ours
  delete env.VITEST_WORKER_ID;
  delete env.VITEST_POOL_ID;
  if (specPath) env.ALLOW_POLICY_SPEC = specPath;
  if (upstreamUrl) env.CONTRACT_UPSTREAM_URL = upstreamUrl;

  const child = spawn(process.execPath, args, { cwd: packageDir, env, stdio: ['ignore', 'pipe', 'pipe'] });
  onStart?.(child);
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const [exitCode, signal] = await new Promise((resolve) => child.once('exit', (code, sig) => resolve([code, sig])));
  try {
    const results = await readFile(report, 'utf8').then(JSON.parse, () => undefined);
    if (!results) throw new Error(`The contract suite did not run (exit ${signal ?? exitCode}):\n${output.slice(-3000)}`);
    const failedTests = results.testResults
      .flatMap((file) => file.assertionResults)
      .filter((test) => test.status === 'failed')
      .map((test) => ({ name: test.fullName, message: (test.failureMessages ?? []).join('\n') }));
    const erroredFiles = results.testResults.filter((file) => file.status === 'failed' && !file.assertionResults.some((t) => t.status === 'failed'));
    if (failedTests.length === 0 && (exitCode !== 0 || erroredFiles.length > 0)) {
      throw new Error(`The contract suite errored without a failing test (exit ${signal ?? exitCode}):\n${erroredFiles.map((f) => f.message).join('\n')}\n${output.slice(-3000)}`);
    }
    return { passed: exitCode === 0 && failedTests.length === 0, exitCode, signal, total: results.numTotalTests, failedTests, output };
  } finally {
    await rm(reportDir, { recursive: true, force: true });
  }
}

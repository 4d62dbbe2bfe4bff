// Runs a sample file as a reader would, with only the variables it documents
// (never the caller's real CLOUDFLARE_* credentials).
import { spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { transform } from 'esbuild';

const packageDir = join(import.meta.dirname, '../..');

function run(command, args, { env, input, cwd = packageDir }) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env: { PATH: process.env.PATH, ...env }, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(input ?? '');
  });
}

/**
 * A TypeScript sample: esbuild strips the types (no type-check: tsc does
 * that separately), and Node runs the result as an ES module from stdin, in
 * this package's directory, so `@allow-policy/client` resolves through its
 * package.json exports exactly as in a reader's project.
 */
async function runTypeScript(path, env) {
  const { code } = await transform(await readFile(path, 'utf8'), {
    loader: 'ts',
    format: 'esm',
    target: 'node20',
    sourcefile: path,
    sourcemap: 'inline',
  });
  return run(process.execPath, ['--enable-source-maps', '--input-type=module', '-'], { env, input: code });
}

/** @returns {Promise<{ code: number, stdout: string, stderr: string }>} */
export function runSample(path, env) {
  switch (extname(path)) {
    case '.sh':
      return run('sh', [path], { env });
    case '.ts':
      return runTypeScript(path, env);
    default:
      throw new Error(`No runner for ${path}`);
  }
}

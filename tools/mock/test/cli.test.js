// `npm run mock` for a person: prints the URL and a curl that works, serves on
// PORT, and Ctrl-C (SIGINT) stops Prism with it.
import { execFile, spawn } from 'node:child_process';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { findFreePort, isProcessAlive, processesMatching } from '../src/index.js';

const cli = new URL('../src/cli.js', import.meta.url).pathname;

describe('the mock CLI', () => {
  let child;
  // A failed assertion must not leave the CLI (and so its Prism) running.
  afterEach(() => {
    if (child?.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  });

  it('prints the URL and a curl answering 201, and stops Prism on Ctrl-C', async () => {
    const port = await findFreePort();
    child = spawn(process.execPath, [cli], { env: { ...process.env, PORT: String(port) }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    await new Promise((resolve, reject) => {
      child.stdout.on('data', () => output.includes('Press Ctrl-C') && resolve());
      child.once('exit', () => reject(new Error(`CLI exited early:\n${output}`)));
    });
    expect(output).toContain(`listening on http://127.0.0.1:${port}`);

    const curl = /^curl [\s\S]*?'\n/m.exec(output)[0];
    const { stdout } = await promisify(execFile)('bash', ['-c', curl.replace('curl -i', 'curl -s -o /dev/null -w "%{http_code}"')]);
    expect(stdout).toBe('201');

    const prismPids = await processesMatching(`--port\0${port}`);
    expect(prismPids.length).toBeGreaterThan(0);
    child.kill('SIGINT');
    const code = await new Promise((resolve) => child.once('exit', resolve));
    expect(code).toBe(0);
    expect(prismPids.filter(isProcessAlive)).toEqual([]);
  });
});

import { spawn } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isProcessAlive, startPrism, stopAllPrisms } from '../src/index.js';

const waitUntil = async (predicate, timeoutMs = 5_000) => {
  const deadline = Date.now() + timeoutMs;
  while (!predicate()) {
    if (Date.now() > deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return true;
};

afterAll(stopAllPrisms);

describe('startPrism', () => {
  it('serves the bundled spec on 127.0.0.1 and stops what it started', async () => {
    const prism = await startPrism();
    expect(prism.url).toBe(`http://127.0.0.1:${prism.port}`);
    const response = await fetch(
      `${prism.url}/accounts/023e105f4ecef8ad9ca31a8372d0c353/email-security/settings/allow_policies`,
      { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' },
    );
    expect(response.status).toBe(401); // no credentials: auth is checked first
    await prism.stop();
    expect(isProcessAlive(prism.pid)).toBe(false);
  });

  it("fails fast with Prism's own message when the spec is broken", async () => {
    const dir = await mkdtemp(join(tmpdir(), 'mock-test-'));
    const spec = join(dir, 'broken.json');
    await writeFile(spec, '{"openapi": "3.1.0", "paths": ');
    const started = Date.now();
    await expect(startPrism({ spec })).rejects.toThrow(/Prism (failed to start|exited)/);
    expect(Date.now() - started).toBeLessThan(15_000);
  });

  it('gives up after the timeout and leaves nothing running', async () => {
    await expect(startPrism({ timeoutMs: 50 })).rejects.toThrow(/did not become ready within 50 ms/);
  });

  it('leaves no orphan when its owner is killed with SIGKILL', async () => {
    // A separate owner process starts Prism, prints its pid, then gets SIGKILL:
    // no cleanup code runs, so only the watchdog can stop Prism.
    const owner = spawn(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        `const { startPrism } = await import(${JSON.stringify(new URL('../src/index.js', import.meta.url).href)});
         const prism = await startPrism();
         console.log(prism.pid);
         setInterval(() => {}, 1000);`,
      ],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    try {
      const pid = await new Promise((resolve) => owner.stdout.once('data', (d) => resolve(Number(String(d).trim()))));
      expect(isProcessAlive(pid)).toBe(true);
      owner.kill('SIGKILL');
      expect(await waitUntil(() => !isProcessAlive(pid))).toBe(true);
    } finally {
      owner.kill('SIGKILL'); // also when an assertion failed before the kill above
    }
  });
});

// `npm run docs`: the preview serves the built page on localhost, prints the
// URL, serves nothing outside dist/, and stops on Ctrl-C.
import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic } from '../src/static-server.js';

describe('serveStatic', () => {
  let root;
  let server;
  beforeAll(async () => {
    const dir = await mkdtemp(join(tmpdir(), 'docs-serve-'));
    root = join(dir, 'dist');
    await mkdir(root);
    await writeFile(join(root, 'index.html'), '<h1>docs</h1>');
    await writeFile(join(dir, 'secret.txt'), 'outside');
    server = await serveStatic(root);
  });
  afterAll(async () => {
    await server?.close();
    await rm(join(root, '..'), { recursive: true, force: true });
  });

  it('listens on 127.0.0.1 and serves index.html at /', async () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const response = await fetch(server.url);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    await expect(response.text()).resolves.toBe('<h1>docs</h1>');
  });

  it.each(['/../secret.txt', '/%2e%2e/secret.txt', '/missing.html'])('answers 404 for %s', async (path) => {
    const response = await fetch(`${server.url.slice(0, -1)}${path}`);
    expect(response.status).toBe(404);
    await expect(response.text()).resolves.not.toContain('outside');
  });

  it('refuses anything but GET and HEAD', async () => {
    await expect(fetch(server.url, { method: 'POST' }).then((r) => r.status)).resolves.toBe(405);
  });
});

describe('scripts/serve.js', () => {
  it('prints the URL of the built page and exits 0 on Ctrl-C', async () => {
    const child = spawn(process.execPath, ['scripts/serve.js'], {
      cwd: join(import.meta.dirname, '..'),
      env: { ...process.env, PORT: '0' },
    });
    try {
      const url = await new Promise((resolve, reject) => {
        let out = '';
        child.stdout.on('data', (chunk) => {
          out += chunk;
          const match = /API docs: (http:\/\/127\.0\.0\.1:\d+\/)/.exec(out);
          if (match) resolve(match[1]);
        });
        child.on('exit', (code) => reject(new Error(`exited ${code} before printing the URL: ${out}`)));
      });
      const response = await fetch(url);
      expect(response.status).toBe(200);
      await expect(response.text()).resolves.toContain('<div id="redoc">');
      const exit = new Promise((resolve) => child.once('exit', (code) => resolve(code)));
      child.kill('SIGINT');
      await expect(exit).resolves.toBe(0);
    } finally {
      child.kill('SIGKILL');
    }
  });
});

#!/usr/bin/env node
// Prints what offline costs: the self-contained page against the variant
// that loads Redoc from Redocly's CDN (what build-docs does by default), raw
// and gzipped, and the build time of each. Numbers only; no budget is set.
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import { loadOpenApi } from '@allow-policy/spec';
import { withCodeSamples } from '../src/code-samples.js';
import { buildDocs } from './build.js';

const redoclyCli = createRequire(import.meta.url).resolve('@redocly/cli/bin/cli.js');
const dir = await mkdtemp(join(tmpdir(), 'docs-bench-'));
const kib = (bytes) => `${(bytes / 1024).toFixed(0)} KiB`;

async function measure(label, build) {
  const started = performance.now();
  const path = await build();
  const ms = performance.now() - started;
  const html = await readFile(path);
  return { variant: label, html: kib(html.length), gzip: kib(gzipSync(html).length), 'build ms': Math.round(ms) };
}

try {
  const rows = [
    await measure('offline (published): Redoc inlined', () => buildDocs({ output: join(dir, 'offline.html') })),
    await measure('CDN (build-docs default): Redoc from cdn.redocly.com', async () => {
      const input = join(dir, 'input.json');
      await writeFile(input, JSON.stringify(await withCodeSamples(loadOpenApi())));
      const output = join(dir, 'cdn.html');
      await promisify(execFile)(process.execPath, [redoclyCli, 'build-docs', input, '--config', join(import.meta.dirname, '../redocly.yaml'), '-o', output], {
        env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' },
      });
      return output;
    }),
  ];
  console.table(rows);
  console.log('The CDN variant also downloads Redoc (about 2.2 MiB) on first view, and fails offline.');
} finally {
  await rm(dir, { recursive: true, force: true });
}

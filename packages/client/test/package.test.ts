// What consumers get: a clean package (publint, attw), only dist/ + README in
// the tarball, generated types that are not stale, and the size budget.
import { execFile } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';
import { describe, expect, it } from 'vitest';
import { CLIENT_APP, measureApp } from '../scripts/bundle-size.js';

const run = promisify(execFile);
const packageDir = fileURLToPath(new URL('..', import.meta.url));
const bin = (name: string) => join(packageDir, '../../node_modules/.bin', name);

/**
 * The issue's budget: an app that only creates an allow policy stays within
 * 4 kB (4000 B) gzipped. `allowPolicies.create` calls fetch directly, so such
 * an app does not bundle openapi-fetch (that is `createRawClient`'s cost).
 */
const BUDGET_BYTES = 4_000;

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => relative(packageDir, join(e.parentPath, e.name)));
}

describe('the published package', () => {
  it('publint finds nothing, strict', async () => {
    const pkg = JSON.parse(await readFile(join(packageDir, 'package.json'), 'utf8'));
    const { messages } = await publint({ pkgDir: packageDir, strict: true, level: 'suggestion', pack: 'npm' });
    expect(messages.map((m) => formatMessage(m, pkg))).toEqual([]);
  });

  it('attw --pack: types resolve for every ESM consumer (esm-only profile: no CJS build on purpose)', async () => {
    const { stdout } = await run(bin('attw'), ['--pack', '.', '--profile', 'esm-only', '--format', 'json'], {
      cwd: packageDir,
      maxBuffer: 64 * 1024 * 1024,
    });
    const { problems } = JSON.parse(stdout) as { problems: Record<string, { resolutionKind?: string }[]> };
    const relevant = Object.values(problems)
      .flat()
      .filter((p) => !['node10', 'node16-cjs'].includes(p.resolutionKind ?? ''));
    expect(relevant).toEqual([]);
  }, 120_000);

  it('npm pack ships exactly package.json, README.md and the compiled dist/ (JS + .d.ts)', async () => {
    const { stdout } = await run('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: packageDir });
    const [packed] = JSON.parse(stdout) as [{ files: { path: string }[] }];
    const shipped = packed.files.map((f) => f.path).sort();
    const dist = (await filesUnder(join(packageDir, 'dist'))).sort();
    expect(dist.length).toBeGreaterThan(0);
    expect(dist.every((file) => /\.(js|d\.ts)$/.test(file))).toBe(true);
    expect(shipped).toEqual(['README.md', ...dist, 'package.json'].sort());
    expect(shipped).toContain('dist/index.js');
    expect(shipped).toContain('dist/index.d.ts');
  });

  it('the generated types equal a fresh generation from the spec', async () => {
    const { stdout } = await run(process.execPath, ['scripts/generate.js', '--check'], { cwd: packageDir });
    expect(stdout).toContain('is up to date');
  });
});

describe('size budget', () => {
  it(`an app that only creates an allow policy, esbuild-bundled, minified, gzipped, stays within ${BUDGET_BYTES} B`, async () => {
    const { minified, gzipped } = await measureApp(CLIENT_APP);
    console.log(
      `size: an app creating an allow policy with @allow-policy/client = ${gzipped} B gzipped (${minified} B minified); budget ${BUDGET_BYTES} B`,
    );
    expect(gzipped).toBeLessThanOrEqual(BUDGET_BYTES);
  });
});

// The build publishes a complete page or nothing, and the samples it shows
// come from samples/ while openapi/ stays hand-authored.
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadOpenApi } from '@allow-policy/spec';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildDocs, docsHtmlPath } from '../scripts/build.js';
import { samplesDir } from '../src/code-samples.js';

const repoRoot = join(import.meta.dirname, '../../..');

describe('buildDocs', () => {
  let dir;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'docs-build-'));
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it('keeps the previous page when the build fails, and passes on what redocly build-docs reports', async () => {
    const output = join(dir, 'index.html');
    await writeFile(output, 'previous page');
    const doc = loadOpenApi();
    doc.openapi = '9.9.9';
    await expect(buildDocs({ output, doc })).rejects.toThrow(/redocly build-docs failed/);
    await expect(readFile(output, 'utf8')).resolves.toBe('previous page');
    expect(await readdir(dir)).toEqual(['index.html']);
  });

  it('documents a new operation that has no code samples yet', async () => {
    const output = join(dir, 'index.html');
    const doc = loadOpenApi();
    doc.paths['/accounts/{account_id}/email-security/settings/allow_policies'].get = {
      operationId: 'listEmailAllowPolicies',
      summary: 'List email allow policies',
      responses: { 200: { description: 'OK' } },
    };
    await buildDocs({ output, doc });
    expect(await readFile(output, 'utf8')).toContain('List email allow policies');
  });
});

describe('the built page (npm run build)', () => {
  it('carries both sample files verbatim in the definition it renders', async () => {
    const html = await readFile(docsHtmlPath, 'utf8');
    for (const name of ['create-email-allow-policy.sh', 'create-email-allow-policy.ts']) {
      const source = (await readFile(join(samplesDir, name), 'utf8')).trimEnd();
      // Inlined as JSON, with "<" escaped so a sample cannot close the script.
      expect(html).toContain(JSON.stringify(source).slice(1, -1).replace(/</g, '\\u003c'));
    }
  });
});

describe('openapi/', () => {
  it('stays free of generated content: no x-codeSamples in the hand-authored spec', async () => {
    const openapiDir = join(repoRoot, 'openapi');
    const files = (await readdir(openapiDir, { recursive: true })).filter((f) => /\.ya?ml$|\.json$/.test(f));
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      expect(await readFile(join(openapiDir, file), 'utf8'), file).not.toMatch(/x-code-?samples/i);
    }
  });
});

// Samples are found by operationId and injected into a copy of the spec; a
// missing sample is named (a new operation is documented without one), a
// stranded sample stops the build with the file's name.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadOpenApi } from '@allow-policy/spec';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listCodeSamples, missingCodeSamples, sampleBaseName, samplesDir, withCodeSamples } from '../src/code-samples.js';

const doc = loadOpenApi();
const operation = (d) => d.paths['/accounts/{account_id}/email-security/settings/allow_policies'].post;

describe('sampleBaseName', () => {
  it.each([
    ['createEmailAllowPolicy', 'create-email-allow-policy'],
    ['listEmailAllowPolicies', 'list-email-allow-policies'],
    ['getV2Policy', 'get-v2-policy'],
  ])('%s → %s', (operationId, name) => expect(sampleBaseName(operationId)).toBe(name));
});

describe('withCodeSamples', () => {
  it('injects the curl and TypeScript files, in that order, verbatim', async () => {
    const samples = operation(await withCodeSamples(doc))['x-codeSamples'];
    expect(samples.map(({ lang, label }) => ({ lang, label }))).toEqual([
      { lang: 'curl', label: 'curl' },
      { lang: 'TypeScript', label: 'TypeScript' },
    ]);
    expect(samples[0].source).toBe((await readFile(join(samplesDir, 'create-email-allow-policy.sh'), 'utf8')).trimEnd());
    expect(samples[1].source).toBe((await readFile(join(samplesDir, 'create-email-allow-policy.ts'), 'utf8')).trimEnd());
  });

  it('leaves the bundled document itself untouched', async () => {
    const before = JSON.stringify(doc);
    await withCodeSamples(doc);
    expect(JSON.stringify(doc)).toBe(before);
    expect(operation(doc)['x-codeSamples']).toBeUndefined();
  });
});

describe('listCodeSamples with a second operation', () => {
  let dir;
  const withListOperation = () => {
    const copy = structuredClone(doc);
    copy.paths['/accounts/{account_id}/email-security/settings/allow_policies'].get = {
      operationId: 'listEmailAllowPolicies',
      responses: { 200: { description: 'OK' } },
    };
    return copy;
  };

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'docs-samples-'));
    for (const ext of ['sh', 'ts']) await writeFile(join(dir, `create-email-allow-policy.${ext}`), `# ${ext}\n`);
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it('documents the new operation without samples, and names the files it still needs', async () => {
    expect(await missingCodeSamples(withListOperation(), dir)).toEqual(['list-email-allow-policies.sh', 'list-email-allow-policies.ts']);
    const injected = await withCodeSamples(withListOperation(), dir);
    const path = injected.paths['/accounts/{account_id}/email-security/settings/allow_policies'];
    expect(path.get['x-codeSamples']).toBeUndefined();
    expect(path.post['x-codeSamples']).toHaveLength(2);
  });

  it('picks them up once they exist', async () => {
    for (const ext of ['sh', 'ts']) await writeFile(join(dir, `list-email-allow-policies.${ext}`), `# ${ext}\n`);
    const samples = await listCodeSamples(withListOperation(), dir);
    expect(samples.map((s) => `${s.operationId} ${s.kind.label}`).sort()).toEqual(
      [
        'createEmailAllowPolicy curl',
        'createEmailAllowPolicy TypeScript',
        'listEmailAllowPolicies curl',
        'listEmailAllowPolicies TypeScript',
      ].sort(),
    );
  });

  it('refuses a sample whose operation is gone (a renamed operationId)', async () => {
    await writeFile(join(dir, 'delete-email-allow-policy.sh'), '# orphan\n');
    await expect(listCodeSamples(doc, dir)).rejects.toThrow(/match no operationId.*delete-email-allow-policy\.sh/);
  });
});

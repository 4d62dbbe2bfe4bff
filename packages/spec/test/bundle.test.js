import { cp, mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { bundleSpec } from '../scripts/bundle.js';

const repoRoot = resolve(import.meta.dirname, '../../..');
const scratch = () => mkdtemp(join(tmpdir(), 'bundle-test-'));
const read = (path) => readFile(path, 'utf8');

describe('bundle', () => {
  it('is deterministic: two bundles of the same input are byte-identical', async () => {
    const [first, second] = await Promise.all([
      bundleSpec({ outDir: await scratch() }),
      bundleSpec({ outDir: await scratch() }),
    ]);
    expect(await read(second.json)).toBe(await read(first.json));
    expect(await read(second.yaml)).toBe(await read(first.yaml));
  });

  it('writes JSON and YAML that hold the same document', async () => {
    const { json, yaml } = await bundleSpec({ outDir: await scratch() });
    const fromJson = JSON.parse(await read(json));
    expect(parse(await read(yaml))).toEqual(fromJson);
    expect(fromJson.openapi).toBe('3.1.0');
    expect(fromJson.jsonSchemaDialect).toBe('https://json-schema.org/draft/2020-12/schema');
    // A single document: no reference leads outside it.
    expect(JSON.stringify(fromJson)).not.toMatch(/"\$ref":"(?!#\/)/);
  });

  it('matches what the package exports (dist is not stale)', async () => {
    const { json, yaml } = await bundleSpec({ outDir: await scratch() });
    const exported = JSON.parse(await read(join(import.meta.dirname, '../dist/openapi.json')));
    expect(exported).toEqual(JSON.parse(await read(json)));
    expect(await read(join(import.meta.dirname, '../dist/openapi.yaml'))).toBe(await read(yaml));
  });

  it('fails with file and location on a broken spec, and leaves the previous bundle untouched', async () => {
    const dir = await scratch();
    await cp(join(repoRoot, 'openapi'), join(dir, 'openapi'), { recursive: true });
    const createSchema = join(dir, 'openapi/components/schemas/AllowPolicyCreate.yaml');
    await writeFile(createSchema, (await read(createSchema)).replace('IsRegex.yaml', 'Missing.yaml'));
    const outDir = join(dir, 'out');
    const previous = await bundleSpec({ outDir });
    const before = await read(previous.json);

    await expect(bundleSpec({ input: join(dir, 'openapi/openapi.yaml'), outDir })).rejects.toThrow(
      /AllowPolicyCreate\.yaml:\d+:\d+[\s\S]*Can't resolve \$ref/,
    );
    expect(await read(previous.json)).toBe(before);
    expect((await readdir(outDir)).sort()).toEqual(['openapi.json', 'openapi.yaml']);
  });
});

describe('package exports', () => {
  it('let another team import the document or locate the files by package name', async () => {
    const { default: viaJsonImport } = await import('@allow-policy/spec/openapi.json', { with: { type: 'json' } });
    const { openapiJsonPath, openapiYamlPath, loadOpenApi } = await import('@allow-policy/spec');
    expect(viaJsonImport).toEqual(loadOpenApi());
    expect(parse(await read(openapiYamlPath))).toEqual(JSON.parse(await read(openapiJsonPath)));
    expect(import.meta.resolve('@allow-policy/spec/openapi.yaml')).toMatch(/\/packages\/spec\/dist\/openapi\.yaml$/);
  });
});

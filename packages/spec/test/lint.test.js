// The contract lints clean, and every custom rule in redocly.yaml is proven:
// a copy of the conforming fixture with one defect must be rejected by exactly
// the rule that guards against that defect.
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { parse, stringify } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';

const repoRoot = resolve(import.meta.dirname, '../../..');
const redoclyCli = createRequire(import.meta.url).resolve('@redocly/cli/bin/cli.js');
const conformingPath = join(import.meta.dirname, 'fixtures/lint/conforming.yaml');

/** Lints one file with the repo's redocly.yaml; returns the rule ids it reports. */
async function lint(file) {
  const { stdout } = await promisify(execFile)(
    process.execPath,
    [redoclyCli, 'lint', file, '--config', join(repoRoot, 'redocly.yaml'), '--format', 'json'],
    { cwd: repoRoot, maxBuffer: 16 * 1024 * 1024 },
  ).catch((error) => error); // exits 1 when it finds errors; the JSON is what counts
  return JSON.parse(stdout).problems.map((problem) => problem.ruleId);
}

const schema = (doc) => doc.components.schemas.Thing.properties;

// Each defect names the rule that must catch it (and nothing else may fire).
const defects = [
  {
    rule: 'rule/string-length-bounded',
    what: 'a string without maxLength',
    apply: (doc) => delete schema(doc).name.maxLength,
  },
  {
    rule: 'rule/string-length-bounded',
    what: 'a nullable string (3.1 type list) without maxLength',
    apply: (doc) => delete schema(doc).note.maxLength,
  },
  {
    rule: 'rule/string-length-bounded',
    what: 'an unbounded string nested in a response',
    apply: (doc) => {
      const error = doc.paths['/things'].post.responses['400'].content['application/json'].schema;
      delete error.properties.message.maxLength;
    },
  },
  {
    rule: 'rule/string-format-is-bounded',
    what: 'a string whose only bound is a format with no maximum length (email)',
    apply: (doc) => {
      delete schema(doc).name.maxLength;
      schema(doc).name.format = 'email';
    },
  },
  {
    rule: 'rule/deprecated-property-has-replacement-and-sunset',
    what: 'a deprecated property without x-replaced-by',
    apply: (doc) => delete schema(doc).old_name['x-replaced-by'],
  },
  {
    rule: 'rule/deprecated-property-has-replacement-and-sunset',
    what: 'a deprecated property without x-sunset',
    apply: (doc) => delete schema(doc).old_name['x-sunset'],
  },
  {
    rule: 'rule/sunset-is-a-date',
    what: 'a sunset that is not a YYYY-MM-DD date',
    apply: (doc) => (schema(doc).old_name['x-sunset'] = 'July 1, 2026'),
  },
  {
    rule: 'rule/4xx-response-has-content',
    what: 'a 4xx response without content',
    apply: (doc) => delete doc.paths['/things'].post.responses['400'].content,
  },
  {
    rule: 'operation-4xx-response',
    what: 'an operation that declares no 4xx response',
    apply: (doc) => delete doc.paths['/things'].post.responses['400'],
  },
];

describe('redocly lint', () => {
  let results;
  let files;

  beforeAll(async () => {
    const dir = await mkdtemp(join(tmpdir(), 'lint-fixtures-'));
    const conforming = parse(await readFile(conformingPath, 'utf8'));
    files = await Promise.all(
      defects.map(async (defect, index) => {
        const doc = structuredClone(conforming);
        defect.apply(doc);
        const file = join(dir, `defect-${index}.yaml`);
        await writeFile(file, stringify(doc));
        return file;
      }),
    );
    const all = [join(repoRoot, 'openapi/openapi.yaml'), conformingPath, ...files];
    results = new Map(await Promise.all(all.map(async (file) => [file, await lint(file)])));
  });

  it('passes the contract in openapi/ with no problem', () => {
    expect(results.get(join(repoRoot, 'openapi/openapi.yaml'))).toEqual([]);
  });

  it('passes the conforming fixture (no rule fires without a defect)', () => {
    expect(results.get(conformingPath)).toEqual([]);
  });

  it.each(defects.map((defect, index) => [defect.rule, defect.what, index]))(
    '%s rejects %s',
    (rule, _what, index) => {
      const reported = results.get(files[index]);
      expect(reported).toContain(rule);
      expect(new Set(reported)).toEqual(new Set([rule]));
    },
  );
});

// The code samples are the files readers copy, so they are run as-is: the
// TypeScript one is type-checked against the client's published types, and
// every sample creates a policy against the Prism mock of the bundled spec.
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { basename, join } from 'node:path';
import { promisify } from 'node:util';
import { startPrism } from '@allow-policy/mock';
import { loadOpenApi } from '@allow-policy/spec';
import { createSchemaValidator, findOperation } from '@allow-policy/spec-walker';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { listCodeSamples, samplesDir } from '../src/code-samples.js';
import { startRecordingProxy } from './support/recording-proxy.js';
import { runSample } from './support/run-sample.js';

const packageDir = join(import.meta.dirname, '..');
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');

const doc = loadOpenApi();
const validator = createSchemaValidator(doc);
const samples = await listCodeSamples(doc);

// The seed page's example account and token (Prism checks the shape only).
const ACCOUNT_ID = '023e105f4ecef8ad9ca31a8372d0c353';
const API_TOKEN = 'Sn3lZJTBX6kkg7OdcBUAxOO963GEIyGQqnFTOFYY';

/** What each kind of sample prints on success, given the 201 body. */
const PRINTS_ON_SUCCESS = {
  curl: (stdout, body) => expect(JSON.parse(stdout)).toEqual(body),
  TypeScript: (stdout, body) => expect(stdout.trim()).toBe(`Created allow policy ${body.result.id}`),
};

async function typecheck(project) {
  try {
    await promisify(execFile)(process.execPath, [tsc, '-p', project], { cwd: packageDir });
    return { code: 0, output: '' };
  } catch (error) {
    return { code: error.code, output: `${error.stdout}${error.stderr}` };
  }
}

describe('the TypeScript samples type-check against @allow-policy/client', () => {
  it('as written', async () => {
    const { code, output } = await typecheck(join(samplesDir, 'tsconfig.json'));
    expect(output).toBe('');
    expect(code).toBe(0);
  });

  it('and would not with a misspelled field or a value outside the create enum (the check is live)', async () => {
    const [sample] = samples.filter((s) => s.kind.label === 'TypeScript');
    const source = await readFile(sample.path, 'utf8');
    expect(source).toContain('is_trusted_sender:');
    expect(source).toContain("pattern_type: 'EMAIL'");
    // Inside this package, so the copy resolves the client exactly like the original.
    const dir = await mkdtemp(join(packageDir, '.tmp-typecheck-'));
    try {
      await writeFile(join(dir, 'tsconfig.json'), JSON.stringify({ extends: '../samples/tsconfig.json', include: ['*.ts'] }));
      await writeFile(join(dir, 'misspelled.ts'), source.replace('is_trusted_sender:', 'is_trusted_sendr:'));
      await writeFile(join(dir, 'unknown.ts'), source.replace("pattern_type: 'EMAIL'", "pattern_type: 'UNKNOWN'"));
      const { code, output } = await typecheck(join(dir, 'tsconfig.json'));
      expect(code).not.toBe(0);
      expect(output).toMatch(/misspelled\.ts.*'is_trusted_sendr' does not exist/);
      expect(output).toMatch(/unknown\.ts.*Type '"UNKNOWN"' is not assignable/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('every sample runs against the Prism mock', () => {
  let prism;
  let proxy;

  beforeAll(async () => {
    prism = await startPrism();
    proxy = await startRecordingProxy(prism.url);
  });

  afterAll(async () => {
    await proxy?.close();
    await prism?.stop();
  });

  beforeEach(() => {
    proxy.exchanges.length = 0;
  });

  it('covers every sample in samples/ (one curl and one TypeScript per operation)', () => {
    expect(samples.map((s) => basename(s.path)).sort()).toEqual([
      'create-email-allow-policy.sh',
      'create-email-allow-policy.ts',
    ]);
  });

  describe.each(samples.map((sample) => [basename(sample.path), sample]))('%s', (_name, sample) => {
    const operation = findOperation(doc, sample.operationId);

    it('creates the policy: one valid request, answered 201', async () => {
      const run = await runSample(sample.path, {
        CLOUDFLARE_API_BASE_URL: proxy.url,
        CLOUDFLARE_ACCOUNT_ID: ACCOUNT_ID,
        CLOUDFLARE_API_TOKEN: API_TOKEN,
      });
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
      expect(proxy.exchanges).toHaveLength(1);
      const [exchange] = proxy.exchanges;
      expect(exchange).toMatchObject({
        method: operation.method.toUpperCase(),
        path: operation.path.replace('{account_id}', ACCOUNT_ID),
        status: 201,
      });
      const requestSchema = operation.requestBody.content['application/json'].schema;
      expect(validator.validate(requestSchema, JSON.parse(exchange.requestBody))).toEqual([]);
      // Readers should not learn deprecated fields from the samples.
      expect(Object.keys(JSON.parse(exchange.requestBody))).not.toContain('is_sender');
      PRINTS_ON_SUCCESS[sample.kind.label](run.stdout, JSON.parse(exchange.responseBody));
    });

    it('fails visibly (non-zero exit, the status on stderr or stdout) when the service refuses', async () => {
      const run = await runSample(sample.path, {
        CLOUDFLARE_API_BASE_URL: proxy.url,
        CLOUDFLARE_ACCOUNT_ID: 'x'.repeat(33), // longer than account_id's maxLength 32
        CLOUDFLARE_API_TOKEN: API_TOKEN,
      });
      expect(proxy.exchanges.map((e) => e.status)).toEqual([422]);
      expect(run.code).not.toBe(0);
      expect(`${run.stdout}${run.stderr}`).toMatch(/"success": ?false|Not created: 422/);
    });
  });

  it('pins the seed request path: POST /accounts/{account_id}/email-security/settings/allow_policies', () => {
    const operation = findOperation(doc, 'createEmailAllowPolicy');
    expect(operation.method).toBe('post');
    expect(operation.path).toBe('/accounts/{account_id}/email-security/settings/allow_policies');
  });
});

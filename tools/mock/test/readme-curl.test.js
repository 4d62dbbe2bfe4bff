// The curl example in the root README is what a person runs against
// `npm run mock`: run it, as written, against a mock, and expect 201.
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPrism } from '../src/index.js';

const readme = await readFile(join(import.meta.dirname, '../../../README.md'), 'utf8');
const curlExample = /```sh\n(curl [\s\S]*?)```/.exec(readme)?.[1];

describe('the README curl example', () => {
  let prism;
  beforeAll(async () => {
    prism = await startPrism();
  });
  afterAll(() => prism?.stop());

  it('is in the README and targets the default mock address', () => {
    expect(curlExample).toContain('http://127.0.0.1:4010/');
  });

  it('answers 201 Created from the mock', async () => {
    const command = curlExample.replaceAll('http://127.0.0.1:4010', prism.url);
    const { stdout } = await promisify(execFile)('bash', ['-c', command]);
    expect(stdout.split('\r\n')[0]).toMatch(/^HTTP\/1\.1 201 /);
    expect(JSON.parse(stdout.slice(stdout.indexOf('\r\n\r\n') + 4))).toMatchObject({ success: true, result: { pattern_type: 'EMAIL' } });
  });
});

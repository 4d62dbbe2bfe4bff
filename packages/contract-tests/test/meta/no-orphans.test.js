// "No orphan Prism after npm test": the suite run as a child leaves no Prism
// behind when it passes, when it fails, and when it is killed mid-run.
// Each run gets its own copy of the bundle, so its Prism is recognisable by
// the spec path on its command line.
import { copyFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openapiJsonPath } from '@allow-policy/spec';
import { afterAll, describe, expect, it } from 'vitest';
import { runContractSuite } from '../../src/run-suite.js';
import { processesMatching, waitFor } from './processes.js';

const dirs = [];
async function privateSpec(edit) {
  const dir = await mkdtemp(join(tmpdir(), 'contract-orphans-'));
  dirs.push(dir);
  const spec = join(dir, 'openapi.json');
  if (!edit) await copyFile(openapiJsonPath, spec);
  else await writeFile(spec, JSON.stringify(edit(JSON.parse(await readFile(openapiJsonPath, 'utf8')))));
  return spec;
}
afterAll(() => Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true }))));

describe('no orphan Prism', () => {
  it('after a passing run', async () => {
    const spec = await privateSpec();
    const run = await runContractSuite({ specPath: spec });
    expect(run.passed).toBe(true);
    expect(await processesMatching(spec)).toEqual([]);
  });

  it('after a failing run (a spec that tightens pattern to 10 characters)', async () => {
    const spec = await privateSpec((doc) => {
      doc.components.schemas.Pattern.maxLength = 10;
      return doc;
    });
    const run = await runContractSuite({ specPath: spec });
    expect(run.passed).toBe(false);
    expect(await processesMatching(spec)).toEqual([]);
  });

  it('after the run is killed (SIGKILL) while Prism is serving', async () => {
    const spec = await privateSpec();
    let child;
    const running = runContractSuite({ specPath: spec, onStart: (c) => (child = c) }).catch((error) => error);
    expect(await waitFor(async () => (await processesMatching(spec)).length > 0, 30_000)).toBe(true);
    child.kill('SIGKILL'); // no teardown runs: the watchdog in Prism must notice its owner is gone
    expect(await running).toBeInstanceOf(Error); // no report: the suite did not finish
    expect(await waitFor(async () => (await processesMatching(spec)).length === 0, 10_000)).toBe(true);
  });
});

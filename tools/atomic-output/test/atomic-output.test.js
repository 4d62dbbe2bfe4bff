import { mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeOutputsAtomically } from '../src/index.js';

async function scratch() {
  return mkdtemp(join(tmpdir(), 'atomic-output-'));
}

describe('writeOutputsAtomically', () => {
  it('publishes every output when the producer succeeds', async () => {
    const dir = await scratch();
    const outputs = [join(dir, 'out', 'a.json'), join(dir, 'out', 'a.yaml')];
    await writeOutputsAtomically(outputs, async ([json, yaml]) => {
      await writeFile(json, '{}\n');
      await writeFile(yaml, '{}\n');
    });
    expect(await readFile(outputs[0], 'utf8')).toBe('{}\n');
    expect(await readFile(outputs[1], 'utf8')).toBe('{}\n');
    expect(await readdir(join(dir, 'out'))).toEqual(['a.json', 'a.yaml']);
  });

  it('leaves the previous outputs untouched and no temporaries when the producer fails', async () => {
    const dir = await scratch();
    const output = join(dir, 'spec.json');
    await writeFile(output, 'previous\n');
    await expect(
      writeOutputsAtomically([output], async ([temp]) => {
        await writeFile(temp, 'half-writ');
        throw new Error('generator crashed');
      }),
    ).rejects.toThrow('generator crashed');
    expect(await readFile(output, 'utf8')).toBe('previous\n');
    expect(await readdir(dir)).toEqual(['spec.json']);
  });
});

// Code samples live as real files in samples/, one per operation and
// language (optional: an operation without them is documented without
// samples, and the build names the missing files), named after the operationId: createEmailAllowPolicy →
// samples/create-email-allow-policy.sh and .ts. The docs build injects them
// as `x-codeSamples` into a copy of the bundled spec, and the tests execute
// the very same files, so what a reader copies is what was run.
import { readdir, readFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { listOperations } from '@allow-policy/spec-walker';

export const samplesDir = join(import.meta.dirname, '../samples');

/** Every operation must have one sample of each kind; the order is the tab order. */
export const SAMPLE_KINDS = [
  { extension: '.sh', lang: 'curl', label: 'curl' },
  { extension: '.ts', lang: 'TypeScript', label: 'TypeScript' },
];

/** createEmailAllowPolicy → create-email-allow-policy */
export function sampleBaseName(operationId) {
  return operationId.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();
}

async function scan(doc, dir) {
  const files = new Set((await readdir(dir)).filter((name) => SAMPLE_KINDS.some((k) => k.extension === extname(name))));
  const samples = [];
  const missing = [];
  for (const { operation } of listOperations(doc)) {
    if (!operation.operationId) throw new Error('Every operation needs an operationId to find its code samples.');
    for (const kind of SAMPLE_KINDS) {
      const name = `${sampleBaseName(operation.operationId)}${kind.extension}`;
      if (files.delete(name)) samples.push({ operationId: operation.operationId, kind, path: join(dir, name) });
      else missing.push(name);
    }
  }
  if (files.size > 0) {
    throw new Error(`Code samples that match no operationId in the spec: ${[...files].join(', ')}.`);
  }
  return { samples, missing };
}

/**
 * The sample files of the operations of `doc`. Fails, naming the file, when a
 * sample file belongs to no operation (a renamed operationId must not strand
 * its samples).
 *
 * @returns {Promise<Array<{ operationId: string, kind: typeof SAMPLE_KINDS[number], path: string }>>}
 */
export async function listCodeSamples(doc, dir = samplesDir) {
  return (await scan(doc, dir)).samples;
}

/**
 * The sample files that operations of `doc` do not have yet. A new operation
 * is documented without samples until someone writes them; the build says
 * which files would add them.
 */
export async function missingCodeSamples(doc, dir = samplesDir) {
  return (await scan(doc, dir)).missing;
}

/**
 * A copy of `doc` whose operations carry their sample files as
 * `x-codeSamples` (Redoc's extension). `doc` itself is not modified.
 */
export async function withCodeSamples(doc, dir = samplesDir) {
  const copy = structuredClone(doc);
  const samples = await listCodeSamples(copy, dir);
  for (const { operation } of listOperations(copy)) {
    const own = samples.filter((sample) => sample.operationId === operation.operationId);
    if (own.length === 0) continue;
    operation['x-codeSamples'] = await Promise.all(
      own.map(async ({ kind, path }) => ({
        lang: kind.lang,
        label: kind.label,
        source: (await readFile(path, 'utf8')).trimEnd(),
      })),
    );
  }
  return copy;
}

#!/usr/bin/env node
// Bundles the hand-authored, multi-file contract in openapi/ into one
// document, written as dist/openapi.json and dist/openapi.yaml.
//
// Deterministic: the JSON is re-serialised with a fixed indent and the YAML is
// derived from that JSON, so the same input gives byte-identical output.
// Atomic: both files are published together only after both were produced.
import { execFile } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { stringify } from 'yaml';
import { writeOutputsAtomically } from '@allow-policy/atomic-output';

const packageDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const repoRoot = resolve(packageDir, '../..');
const redoclyCli = createRequire(import.meta.url).resolve('@redocly/cli/bin/cli.js');

/** The same options every consumer of the YAML bundle sees; never wrap lines. */
const YAML_OPTIONS = { lineWidth: 0, aliasDuplicateObjects: false };

/**
 * @param {{ input?: string, outDir?: string, config?: string }} [options]
 * @returns {Promise<{ json: string, yaml: string }>} paths written
 */
export async function bundleSpec({
  input = join(repoRoot, 'openapi/openapi.yaml'),
  outDir = join(packageDir, 'dist'),
  config = join(repoRoot, 'redocly.yaml'),
} = {}) {
  const json = join(outDir, 'openapi.json');
  const yaml = join(outDir, 'openapi.yaml');
  await writeOutputsAtomically([json, yaml], async ([tempJson, tempYaml]) => {
    try {
      await promisify(execFile)(
        process.execPath,
        [redoclyCli, 'bundle', input, '--config', config, '--ext', 'json', '--output', tempJson],
        { cwd: repoRoot, env: { ...process.env, REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' } },
      );
    } catch (error) {
      // Redocly names the file and the location of the problem; pass it on.
      const detail = `${error.stdout ?? ''}${error.stderr ?? ''}`
        .split('\n')
        .filter((line) => !/[║╔╚]/.test(line)) // Redocly's Node 20 end-of-life banner
        .join('\n')
        .trim();
      throw new Error(`Bundling ${relative(repoRoot, input)} failed:\n${detail}`, { cause: error });
    }
    const document = JSON.parse(await readFile(tempJson, 'utf8'));
    await writeFile(tempJson, `${JSON.stringify(document, null, 2)}\n`);
    await writeFile(tempYaml, stringify(document, YAML_OPTIONS));
  });
  return { json, yaml };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  try {
    const { json, yaml } = await bundleSpec();
    console.log(`Bundled spec: ${relative(repoRoot, json)}, ${relative(repoRoot, yaml)}`);
  } catch (error) {
    console.error(error.message);
    process.exitCode = 1;
  }
}

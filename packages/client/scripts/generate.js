#!/usr/bin/env node
// Generates src/generated/schema.ts from the contract, driven by the root
// redocly.yaml exactly like `openapi-typescript -c redocly.yaml` (same api
// entry, same x-openapi-ts.output), with two differences the CLI cannot give:
//
// 1. A property that is a bare `$ref` carries its target's JSDoc. The CLI
//    documents a property only from the `$ref` object itself, so
//    `is_sender: { $ref: IsSender.yaml }` lost `@deprecated` (and its
//    description) although IsSender.yaml says `deprecated: true`.
// 2. The file is published atomically (never half-written), and `--check`
//    compares a fresh generation with the file on disk without writing.
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { loadConfig } from '@redocly/openapi-core';
import openapiTS, { addJSDocComment, astToString, COMMENT_HEADER } from 'openapi-typescript';
import { writeOutputsAtomically } from '@allow-policy/atomic-output';

const CONFIG_PATH = fileURLToPath(new URL('../../../redocly.yaml', import.meta.url));
const CONFIG_ROOT = new URL('../../../', import.meta.url);
const OUTPUT_KEY = 'x-openapi-ts';

/** A bare `$ref` property is documented by what it points to. */
function inheritDocsFromRef(property, schemaObject, options) {
  if (!schemaObject || typeof schemaObject !== 'object' || typeof schemaObject.$ref !== 'string') return undefined;
  const siblings = Object.keys(schemaObject).filter((key) => key !== '$ref');
  const target = options.ctx.resolve(schemaObject.$ref);
  if (!target || typeof target !== 'object') return undefined;
  // With siblings (3.1 allows `description` next to `$ref`) openapi-typescript
  // writes their comment itself; only the deprecation must still come through.
  addJSDocComment(siblings.length === 0 ? target : { deprecated: target.deprecated }, property);
  return property;
}

/** `{ name, source: URL, output: URL }` for every api of redocly.yaml with an x-openapi-ts output. */
async function listTargets(redocly) {
  const targets = Object.entries(redocly.apis ?? {}).map(([name, api]) => {
    const output = api[OUTPUT_KEY]?.output;
    if (!output) throw new Error(`redocly.yaml: api "${name}" has no ${OUTPUT_KEY}.output`);
    return { name, source: new URL(api.root, CONFIG_ROOT), output: new URL(output, CONFIG_ROOT) };
  });
  if (targets.length === 0) throw new Error(`redocly.yaml (${CONFIG_PATH}) declares no apis to generate`);
  return targets;
}

export async function generate(source, redocly) {
  const ast = await openapiTS(source, { redocly, silent: true, transformProperty: inheritDocsFromRef });
  return `${COMMENT_HEADER}${astToString(ast)}`;
}

async function main(argv) {
  const check = argv.includes('--check');
  const redocly = await loadConfig({ configPath: CONFIG_PATH });
  let stale = 0;
  for (const { name, source, output } of await listTargets(redocly)) {
    const text = await generate(source, redocly);
    const outputPath = fileURLToPath(output);
    if (check) {
      const current = await readFile(outputPath, 'utf8').catch(() => undefined);
      if (current === text) {
        console.log(`✓ ${name}: ${outputPath} is up to date`);
      } else {
        stale += 1;
        console.error(`✗ ${name}: ${outputPath} is ${current === undefined ? 'missing' : 'stale'}; run npm run build`);
      }
    } else {
      await writeOutputsAtomically([outputPath], async ([tempPath]) => writeFile(tempPath, text, 'utf8'));
      console.log(`generated ${name} → ${outputPath}`);
    }
  }
  if (stale > 0) process.exitCode = 1;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2)).catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}

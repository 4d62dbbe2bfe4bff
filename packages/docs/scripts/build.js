#!/usr/bin/env node
// Builds dist/index.html: the bundled spec plus the code samples from
// samples/ (as x-codeSamples), rendered by `redocly build-docs` into one
// self-contained HTML file. Published atomically: a failed build leaves the
// previous page in place, never a half-written one.
import { execFile } from 'node:child_process';
import { readFile, stat, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { writeOutputsAtomically } from '@allow-policy/atomic-output';
import { loadOpenApi } from '@allow-policy/spec';
import { missingCodeSamples, withCodeSamples } from '../src/code-samples.js';
import { inlineRemoteAssets } from '../src/offline-assets.js';
import { findRemoteResources } from '../src/remote-resources.js';

const packageDir = join(import.meta.dirname, '..');
export const docsHtmlPath = join(packageDir, 'dist/index.html');
const docsConfigPath = join(packageDir, 'redocly.yaml');
const redoclyCli = createRequire(import.meta.url).resolve('@redocly/cli/bin/cli.js');

/** Redocly's Node 20 end-of-life banner is noise in every failure message. */
const withoutBanner = (text) => text.split('\n').filter((line) => !/[║╔╚]/.test(line)).join('\n').trim();

export async function buildDocs({ output = docsHtmlPath, doc = loadOpenApi() } = {}) {
  const docsInput = await withCodeSamples(doc);
  await writeOutputsAtomically([output], async ([tempHtml]) => {
    const inputPath = join(dirname(tempHtml), 'docs-input.json');
    await writeFile(inputPath, JSON.stringify(docsInput));
    try {
      await promisify(execFile)(
        process.execPath,
        // --inlineBundle: Redoc's script goes into the page instead of a CDN link.
        [redoclyCli, 'build-docs', inputPath, '--inlineBundle', '--config', docsConfigPath, '--output', tempHtml],
        {
          cwd: packageDir,
          env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' },
        },
      );
    } catch (error) {
      throw new Error(`redocly build-docs failed:\n${withoutBanner(`${error.stdout ?? ''}${error.stderr ?? ''}`)}`, {
        cause: error,
      });
    }
    const html = inlineRemoteAssets(await readFile(tempHtml, 'utf8'));
    await writeFile(tempHtml, html);
    const remote = findRemoteResources(html);
    if (remote.length > 0) {
      throw new Error(`The docs page would load resources from the network (it must work offline):\n  ${remote.join('\n  ')}`);
    }
  });
  return output;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  try {
    const missing = await missingCodeSamples(loadOpenApi());
    if (missing.length > 0) console.warn(`Operations without code samples; add ${missing.map((m) => `samples/${m}`).join(', ')}`);
    const output = await buildDocs();
    const { size } = await stat(output);
    console.log(`API docs: ${relative(process.cwd(), output)} (${(size / 1024).toFixed(0)} KiB, self-contained)`);
  } catch (error) {
    console.error(error.message);
    process.exitCode = 1;
  }
}

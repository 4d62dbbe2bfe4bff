#!/usr/bin/env node
// Prints, side by side, what an app that creates one allow policy pays in
// bundle size (esbuild, minified, gzip -9) with: this client, openapi-fetch
// alone, and the official `cloudflare` SDK (tree-shakable and full entries;
// a devDependency of this package only for this comparison).
import { createRequire } from 'node:module';
import { CLIENT_APP, OPENAPI_FETCH_APP, RAW_CLIENT_APP, SEED_BODY_SOURCE, measureApp } from '../scripts/bundle-size.js';

const SDK_TREE_SHAKABLE_APP = `
import { createClient } from 'cloudflare/tree-shakable';
import { BaseAllowPolicies } from 'cloudflare/resources/email-security/settings/allow-policies';
const client = createClient({ apiToken: globalThis.CLOUDFLARE_API_TOKEN, resources: [BaseAllowPolicies] });
export const created = client.emailSecurity.settings.allowPolicies.create({ account_id: globalThis.ACCOUNT_ID, ...${SEED_BODY_SOURCE} });
`;

const SDK_FULL_APP = `
import Cloudflare from 'cloudflare';
const client = new Cloudflare({ apiToken: globalThis.CLOUDFLARE_API_TOKEN });
export const created = client.emailSecurity.settings.allowPolicies.create({ account_id: globalThis.ACCOUNT_ID, ...${SEED_BODY_SOURCE} });
`;

function installed(name) {
  try {
    createRequire(import.meta.url).resolve(name);
    return true;
  } catch {
    return false;
  }
}

const rows = [
  ['@allow-policy/client, allowPolicies.create', CLIENT_APP],
  ['@allow-policy/client, createRawClient + unwrap', RAW_CLIENT_APP],
  ['openapi-fetch alone (no errors, retries, timeouts)', OPENAPI_FETCH_APP],
  ...(installed('cloudflare')
    ? [
        ['cloudflare SDK, tree-shakable entry', SDK_TREE_SHAKABLE_APP],
        ['cloudflare SDK, full entry', SDK_FULL_APP],
      ]
    : []),
];

console.log('An app that creates one allow policy: esbuild --bundle --minify (browser, ESM), gzip -9\n');
console.log(`${'library'.padEnd(52)}${'gzipped'.padStart(10)}${'minified'.padStart(12)}`);
for (const [name, source] of rows) {
  const { gzipped, minified } = await measureApp(source);
  console.log(`${name.padEnd(52)}${`${gzipped} B`.padStart(10)}${`${minified} B`.padStart(12)}`);
}
if (!installed('cloudflare')) console.log('\n(cloudflare is not installed: npm ci installs it as a devDependency)');

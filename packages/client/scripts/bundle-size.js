// Measures what an application pays for a dependency: the app's source is
// bundled and minified with esbuild for the browser, then gzipped (level 9).
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { loadOpenApi } from '@allow-policy/spec';
import { findOperation, resolveRef } from '@allow-policy/spec-walker';

const packageDir = fileURLToPath(new URL('..', import.meta.url));
const doc = loadOpenApi();

/** The seed request (the spec's example of it): what an app that creates an allow policy sends. */
export const SEED_BODY_SOURCE = JSON.stringify(
  resolveRef(doc, findOperation(doc, 'createEmailAllowPolicy').requestBody.content['application/json'].examples.CreateTrustedSenderRequest).value,
);

/** An app that only creates an allow policy with this client (the size budget). */
export const CLIENT_APP = `
import { createAllowPolicyClient } from '@allow-policy/client';
const client = createAllowPolicyClient({ auth: { apiToken: globalThis.CLOUDFLARE_API_TOKEN } });
export const created = client.allowPolicies.create(globalThis.ACCOUNT_ID, ${SEED_BODY_SOURCE});
`;

/** The same call through the raw client (openapi-fetch underneath), for comparison. */
export const RAW_CLIENT_APP = `
import { createRawClient, unwrap } from '@allow-policy/client';
const raw = createRawClient({ auth: { apiToken: globalThis.CLOUDFLARE_API_TOKEN } });
export const created = raw.POST('/accounts/{account_id}/email-security/settings/allow_policies', {
  params: { path: { account_id: globalThis.ACCOUNT_ID } },
  body: ${SEED_BODY_SOURCE},
}).then(unwrap);
`;

/** The same call with openapi-fetch alone (no errors, retries or timeouts). */
export const OPENAPI_FETCH_APP = `
import createClient from 'openapi-fetch';
const client = createClient({ baseUrl: 'https://api.cloudflare.com/client/v4', headers: { Authorization: 'Bearer ' + globalThis.CLOUDFLARE_API_TOKEN } });
export const created = client.POST('/accounts/{account_id}/email-security/settings/allow_policies', {
  params: { path: { account_id: globalThis.ACCOUNT_ID } },
  body: ${SEED_BODY_SOURCE},
});
`;

/**
 * @param {string} source the app (ESM), resolved from this package's directory
 * @param {string} [resolveDir]
 * @returns {Promise<{ minified: number, gzipped: number }>} bytes
 */
export async function measureApp(source, resolveDir = packageDir) {
  const result = await build({
    stdin: { contents: source, resolveDir, loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0].contents;
  return { minified: code.byteLength, gzipped: gzipSync(code, { level: 9 }).byteLength };
}

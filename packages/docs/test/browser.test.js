// The built page, opened in headless Chromium like a reader opens it: it
// shows what the seed page shows (pinned below), everything the spec says
// about the request (derived, so the next field is covered too), both code
// samples exactly as they are in samples/, logs no error and never touches
// the network.
import { mkdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { CREATE, CREATE_PATTERN_TYPES, DEPRECATED_REQUEST_FIELDS, OPTIONAL_FIELDS, REQUIRED_FIELDS } from '@allow-policy/seed-facts';
import { loadOpenApi } from '@allow-policy/spec';
import { findOperation, resolveRef } from '@allow-policy/spec-walker';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { docsHtmlPath } from '../scripts/build.js';
import { listCodeSamples } from '../src/code-samples.js';
import { launchChromium } from './support/chromium.js';
import { openDocsPage, renderWholePage } from './support/docs-page.js';

export const screenshotPath = join(import.meta.dirname, '../test-artifacts/docs-page.png');

// What the seed page (Cloudflare's reference) shows, from the hand-written
// @allow-policy/seed-facts, so a spec edit that drops or loosens one of these
// fails here.
const SEED = {
  operationId: CREATE.operationId,
  title: CREATE.title,
  permission: CREATE.permission,
  requestFields: [...REQUIRED_FIELDS, ...OPTIONAL_FIELDS],
  createPatternTypes: CREATE_PATTERN_TYPES,
  // How Redoc prints the page's length limits.
  constraints: { pattern: '[ 1 .. 1024 ] characters', comments: '<= 1024 characters' },
  deprecated: DEPRECATED_REQUEST_FIELDS,
  authHeaders: ['Authorization: Bearer', 'X-Auth-Email', 'X-Auth-Key'],
};

const doc = loadOpenApi();
const create = findOperation(doc, SEED.operationId);
const requestSchema = resolveRef(doc, create.requestBody.content['application/json'].schema);
const requestProperties = Object.fromEntries(
  Object.entries(requestSchema.properties).map(([name, schema]) => [name, resolveRef(doc, schema)]),
);
const codeSamples = (await listCodeSamples(doc)).filter((sample) => sample.operationId === SEED.operationId);
const errorStatuses = Object.keys(create.responses).filter((status) => status.startsWith('4'));

/** How Redoc prints a string's length limits, e.g. `[ 1 .. 1024 ] characters`. */
function lengthConstraint({ minLength, maxLength }) {
  if (minLength !== undefined && maxLength !== undefined) return `[ ${minLength} .. ${maxLength} ] characters`;
  if (maxLength !== undefined) return `<= ${maxLength} characters`;
  if (minLength !== undefined) return `>= ${minLength} characters`;
  return undefined;
}

/** Whitespace-insensitive text, for comparing code as rendered with code on disk. */
const squash = (text) => text.replace(/[\s\u200b]+/g, ' ').trim();

let browser;
let docsPage;

beforeAll(async () => {
  browser = await launchChromium();
  docsPage = await openDocsPage(browser, docsHtmlPath);
  const { page } = docsPage;
  // Redoc 3 lists a tag's operations collapsed behind "+ Show".
  await page.getByRole('button', { name: '+ Show' }).click();
  await page.getByRole('heading', { name: create.operation.summary }).waitFor();
  await renderWholePage(page);
}, 600_000); // a fresh machine installs Chromium here first

afterAll(async () => {
  await browser?.close();
});

const operationSection = () => docsPage.page.locator(`[id$="/${SEED.operationId.toLowerCase()}"]`).first();
/** A schema property row, by Redoc's deep-link id: `t=request&path=pattern`, `t=response&c=422&path=errors[]/code`. */
const propertyRow = (where, path) =>
  docsPage.page.locator(`.schema-property-item[id$="/${SEED.operationId.toLowerCase()}/${where}&path=${path}"]`);
const requestField = (name) => propertyRow('t=request', name);

describe('the operation', () => {
  it('is titled as on the seed page', async () => {
    expect(create.operation.summary).toBe(SEED.title);
    const headings = await docsPage.page.getByRole('heading', { level: 2 }).allTextContents();
    expect(headings).toContain(SEED.title);
  });

  it('shows the caution and the required permission', async () => {
    const text = await operationSection().innerText();
    expect(text).toMatch(/Caution:\s*use with caution, as this bypasses email security scanning/);
    for (const permission of [SEED.permission, ...create.operation['x-api-token-group']]) {
      expect(text).toContain(`Required permission (at least one): ${permission}`);
    }
  });

  it('offers both auth schemes, with the headers each one sends', async () => {
    const { page } = docsPage;
    await expect(operationSection().innerText()).resolves.toContain('api_token or (api_email and api_key)');
    await page.getByRole('button', { name: 'View security details' }).click();
    // Redoc's dialog is a portal beside #redoc, without a dialog role.
    const dialog = page.locator('body > div:not(#redoc)').filter({ hasText: 'Security' });
    const shown = [];
    for (const alternative of doc.security) {
      await dialog.getByRole('tab', { name: Object.keys(alternative).join(' and '), exact: true }).click();
      const text = await dialog.innerText();
      for (const name of Object.keys(alternative)) {
        const scheme = doc.components.securitySchemes[name];
        expect(text).toContain(scheme.description.split('\n')[0].trim());
        if (scheme.type === 'apiKey') expect(text).toContain(scheme.name);
      }
      shown.push(text);
    }
    for (const header of SEED.authHeaders) expect(shown.join('\n')).toContain(header);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
  });
});

describe('the request body', () => {
  it('still has every field of the seed page', () => {
    expect(Object.keys(requestProperties)).toEqual(expect.arrayContaining(SEED.requestFields));
  });

  it.each([...new Set([...SEED.requestFields, ...Object.keys(requestProperties)])])(
    'shows field %s with its type and length limits',
    async (name) => {
      const row = requestField(name);
      await expect(row.count()).resolves.toBe(1);
      const text = await row.innerText();
      const schema = requestProperties[name];
      const types = [schema.type].flat().filter((type) => type !== 'null');
      for (const type of types) expect(text).toContain(type);
      const limit = lengthConstraint(schema);
      if (limit) expect(text).toContain(limit);
      if (SEED.constraints[name]) expect(text).toContain(SEED.constraints[name]);
      if (requestSchema.required.includes(name)) expect(text).toMatch(/\brequired\b/);
    },
  );

  it('lists exactly the create enum values of pattern_type: EMAIL, DOMAIN and IP, not UNKNOWN', async () => {
    expect(requestProperties.pattern_type.enum).toEqual(SEED.createPatternTypes);
    const text = await requestField('pattern_type').innerText();
    for (const value of SEED.createPatternTypes) expect(text).toContain(`"${value}"`);
    expect(text).not.toContain('"UNKNOWN"');
  });

  const deprecatedFields = Object.entries(requestProperties).filter(([, schema]) => schema.deprecated === true);

  it('deprecates exactly the seed page deprecated fields', () => {
    expect(deprecatedFields.map(([name]) => name).sort()).toEqual(Object.keys(SEED.deprecated).sort());
  });

  it.each(deprecatedFields)('marks %s deprecated, with its replacement and sunset date', async (name, schema) => {
    const text = await requestField(name).innerText();
    expect(text).toMatch(/\bdeprecated\b/);
    for (const { replacedBy, sunset } of [SEED.deprecated[name], { replacedBy: schema['x-replaced-by'], sunset: schema['x-sunset'] }]) {
      expect(text).toContain(`replaced-by: ${replacedBy}`);
      expect(text).toContain(`sunset: ${sunset}`);
    }
  });
});

describe('the code samples', () => {
  it.each(codeSamples.map((sample) => [sample.kind.label, sample]))('shows the %s sample exactly as in samples/', async (label, { path }) => {
    const { page } = docsPage;
    await page.getByRole('button', { name: /^(curl|TypeScript|Payload)$/ }).first().click();
    await page.getByRole('menuitem', { name: label, exact: true }).click();
    const source = await readFile(path, 'utf8');
    const firstLine = source.split('\n')[0];
    const code = page.locator('pre, code').filter({ hasText: firstLine.slice(0, 40) }).first();
    await expect(code.innerText().then(squash)).resolves.toBe(squash(source));
  });
});

describe('the examples and the error envelope', () => {
  it('shows the seed request example as the JSON payload', async () => {
    const { page } = docsPage;
    await page.getByRole('button', { name: /^(curl|TypeScript|Payload)$/ }).first().click();
    await page.getByRole('menuitem', { name: 'Payload', exact: true }).click();
    const example = doc.components.examples.CreateTrustedSenderRequest.value;
    const panel = page.locator('pre, code').filter({ hasText: '"is_sender": true' }).first();
    const text = await panel.innerText();
    for (const [key, value] of Object.entries(example)) expect(text).toContain(`"${key}": ${JSON.stringify(value)}`);
  });

  it.each(errorStatuses)('documents the %s response body as the error envelope, with its example', async (status) => {
    const { page } = docsPage;
    await page.getByRole('tab', { name: status, exact: true }).click();
    await renderWholePage(page); // the new tab's schema renders lazily, once scrolled into view
    const envelope = resolveRef(doc, create.responses[status].content['application/json'].schema);
    expect(envelope.title).toBe('ErrorEnvelope');
    const row = (path) => propertyRow(`t=response&c=${status}`, path).innerText().then(squash);
    for (const path of Object.keys(envelope.properties)) await expect(row(path)).resolves.toContain(path);
    await expect(row('success')).resolves.toMatch(/^success boolean required .*Value: false$/);
    await expect(row('errors')).resolves.toMatch(/^errors Array of objects, non-empty \(ResponseMessage\) required/);
    await expect(row('errors[]/code')).resolves.toMatch(/integer, >= 1000 required/);
    await expect(row('errors[]/message')).resolves.toMatch(/string, <= \d+ characters required/);
    await expect(row('result')).resolves.toMatch(/Value: null$/);
    const [example] = Object.values(create.responses[status].content['application/json'].examples);
    const { code, message } = resolveRef(doc, example).value.errors[0];
    const sample = page.locator('pre, code').filter({ hasText: `"code": ${code}` }).first();
    await expect(sample.innerText()).resolves.toContain(`"message": ${JSON.stringify(message)}`);
  });
});

describe('the page as a whole', () => {
  it('saves a full-page screenshot for review', async () => {
    const { page } = docsPage;
    await page.getByRole('tab', { name: '201', exact: true }).click();
    await renderWholePage(page);
    await mkdir(join(screenshotPath, '..'), { recursive: true });
    await page.screenshot({ path: screenshotPath, fullPage: true });
    console.log(`Docs screenshot: ${relative(process.cwd(), screenshotPath)} (${screenshotPath})`);
  });

  // Last, so that every click above is covered too.
  it('logs no console error', () => {
    expect(docsPage.consoleErrors).toEqual([]);
  });

  it('requests nothing outside file: and localhost (works offline)', () => {
    expect(docsPage.remoteRequests).toEqual([]);
  });
});

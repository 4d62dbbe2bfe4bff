// The mutation machinery on a small split spec written for the test: mutants
// are derived from every constraint, located through file $refs in the
// sources, applied there, and show up in the bundle.
import { mkdtemp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadOpenApi } from '@allow-policy/spec';
import { applyMutant, deriveMutants, locateInSources } from '../src/index.js';
import { bundleMutant } from '../src/run.js';

const files = {
  'openapi.yaml': {
    openapi: '3.1.0',
    info: { title: 'Split fixture', version: '1.0.0' },
    security: [{ token: [] }, { user: [], key: [] }],
    paths: { '/things/{id}': { $ref: 'paths/things_{id}.yaml' } },
    components: {
      securitySchemes: {
        token: { type: 'http', scheme: 'bearer' },
        user: { type: 'apiKey', in: 'header', name: 'X-User' },
        key: { type: 'apiKey', in: 'header', name: 'X-Key' },
      },
    },
  },
  'paths/things_{id}.yaml': {
    parameters: [{ $ref: '../components/parameters/id.yaml' }],
    post: {
      operationId: 'createThing',
      requestBody: { required: true, content: { 'application/json': { schema: { $ref: '../components/schemas/Thing.yaml' } } } },
      responses: { 201: { description: 'Created' } },
    },
  },
  'components/parameters/id.yaml': { name: 'id', in: 'path', required: true, schema: { $ref: '../schemas/Id.yaml' } },
  'components/schemas/Id.yaml': { type: 'string', maxLength: 8 },
  'components/schemas/Thing.yaml': {
    type: 'object',
    additionalProperties: false,
    required: ['name'],
    properties: {
      name: { type: 'string', minLength: 1, maxLength: 10 },
      kind: { $ref: 'Kind.yaml' },
      note: { type: ['string', 'null'] },
    },
  },
  'components/schemas/Kind.yaml': { type: 'string', enum: ['A', 'B'] },
};

let dir;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'mutation-test-'));
  for (const [name, content] of Object.entries(files)) {
    await mkdir(join(dir, 'openapi', name, '..'), { recursive: true });
    await writeFile(join(dir, 'openapi', name), stringify(content));
  }
});
afterAll(() => rm(dir, { recursive: true, force: true }));

const bundledFixture = async (work, mutant) => JSON.parse(await readFile(await bundleMutant(work, mutant, { openapiDir: join(dir, 'openapi') }), 'utf8'));

describe('deriveMutants', () => {
  it('derives the issue\'s mutations from the constraints of the spec', async () => {
    const work = await mkdtemp(join(dir, 'base-'));
    const ids = deriveMutants(await bundledFixture(work)).map((m) => m.id);
    expect(ids).toEqual(
      expect.arrayContaining([
        'loosen path.id maxLength 8 → 9',
        'tighten path.id maxLength 8 → 7',
        'drop required field body.name',
        'remove additionalProperties: false from body',
        'loosen body.name minLength 1 → 0',
        'tighten body.name minLength 1 → 2',
        'drop "A" from the body.kind enum',
        'add "UNKNOWN" to the body.kind enum',
        'drop "null" from the body.note type list',
        'drop the security alternative token',
        'drop key from the security alternative user + key',
        'createThing: answer 200 instead of 201',
        'make the request body optional',
      ]),
    );
  });

  it('covers the real spec: every length bound both ways, each required field, the enum, security, 201', () => {
    const ids = deriveMutants(loadOpenApi()).map((m) => m.id);
    expect(ids).toEqual(
      expect.arrayContaining([
        'loosen body.pattern maxLength 1024 → 1025',
        'tighten body.pattern maxLength 1024 → 1023',
        'loosen body.comments maxLength 1024 → 1025',
        'loosen path.account_id maxLength 32 → 33',
        'add "UNKNOWN" to the body.pattern_type enum',
        'drop required field body.is_regex',
        'drop api_key from the security alternative api_email + api_key',
        'createEmailAllowPolicy: answer 200 instead of 201',
      ]),
    );
    expect(ids.filter((id) => id.startsWith('drop required field'))).toHaveLength(7);
  });
});

describe('locateInSources', () => {
  it('follows file $refs to the file that holds the rule', async () => {
    const root = join(dir, 'openapi/openapi.yaml');
    expect(await locateInSources(root, '#/paths/~1things~1{id}/parameters/0/schema/maxLength')).toEqual({
      file: join(dir, 'openapi/components/schemas/Id.yaml'),
      path: [],
      key: 'maxLength',
    });
    expect(await locateInSources(root, '#/paths/~1things~1{id}/post/requestBody/content/application~1json/schema/properties/kind/enum')).toMatchObject({
      file: join(dir, 'openapi/components/schemas/Kind.yaml'),
      key: 'enum',
    });
    expect(await locateInSources(root, '#/security/1/key')).toEqual({ file: root, path: ['security', '1'], key: 'key' });
  });

  it('says where a pointer leads nowhere', async () => {
    await expect(locateInSources(join(dir, 'openapi/openapi.yaml'), '#/paths/~1nope/post')).rejects.toThrow('no "/nope" at paths');
  });
});

describe('applyMutant', () => {
  it('changes exactly the named rule in a copy, and the bundle shows it', async () => {
    const work = await mkdtemp(join(dir, 'mutant-'));
    const base = await bundledFixture(await mkdtemp(join(dir, 'base-')));
    const mutants = deriveMutants(base);
    const pick = (id) => mutants.find((m) => m.id === id);

    const loosened = await bundledFixture(work, pick('loosen path.id maxLength 8 → 9'));
    expect(loosened.components.schemas.Id.maxLength).toBe(9);
    expect({ ...loosened, components: { ...loosened.components, schemas: { ...loosened.components.schemas, Id: base.components.schemas.Id } } }).toEqual(base);

    const renamed = await bundledFixture(await mkdtemp(join(dir, 'mutant-')), pick('createThing: answer 200 instead of 201'));
    expect(Object.keys(renamed.paths['/things/{id}'].post.responses)).toEqual(['200']);

    const halved = await bundledFixture(await mkdtemp(join(dir, 'mutant-')), pick('drop key from the security alternative user + key'));
    expect(halved.security).toEqual([{ token: [] }, { user: [] }]);
    // The original sources are untouched.
    expect(parse(await readFile(join(dir, 'openapi/components/schemas/Id.yaml'), 'utf8')).maxLength).toBe(8);
  });

  it('refuses a mutant whose target is missing', async () => {
    const root = join(dir, 'openapi/openapi.yaml');
    await expect(applyMutant(root, { id: 'x', source: '#/security/0/nope', change: { remove: true } })).rejects.toThrow('Mutant "x": no "nope" to change');
  });
});

import { describe, expect, it } from 'vitest';
import { createSchemaValidator, listOperations, overdueDeprecations, resolveRef } from '../src/index.js';

const doc = {
  openapi: '3.1.0',
  security: [{ token: [] }],
  paths: {
    '/things/{id}': {
      parameters: [{ $ref: '#/components/parameters/Id' }],
      get: { operationId: 'getThing', responses: { 200: { $ref: '#/components/responses/Thing' } } },
      delete: {
        operationId: 'deleteThing',
        security: [],
        parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string', maxLength: 3 } }],
        responses: { 204: { description: 'Deleted' } },
      },
    },
  },
  components: {
    parameters: { Id: { name: 'id', in: 'path', required: true, schema: { type: 'string', maxLength: 8 } } },
    responses: { Thing: { description: 'A thing', content: { 'application/json': { schema: { $ref: '#/components/schemas/Thing' } } } } },
    schemas: {
      Thing: {
        type: 'object',
        required: ['id'],
        properties: {
          id: { type: 'string', format: 'uuid' },
          emoji: { type: 'string', maxLength: 2 },
          old: { $ref: '#/components/schemas/Old' },
          older: { type: 'boolean', deprecated: true, 'x-replaced-by': 'id', 'x-sunset': '2026-11-01' },
        },
      },
      Old: { type: 'boolean', deprecated: true, 'x-replaced-by': 'id', 'x-sunset': '2026-07-01' },
    },
  },
};

describe('listOperations', () => {
  it('lists every operation with resolved, merged parameters and effective security', () => {
    const [get, del] = listOperations(doc);
    expect(get).toMatchObject({ id: 'getThing', method: 'get', path: '/things/{id}', security: [{ token: [] }] });
    expect(get.parameters.map((p) => p.schema.maxLength)).toEqual([8]);
    expect(get.responses['200'].content['application/json'].schema.$ref).toBe('#/components/schemas/Thing');
    // An operation-level parameter overrides the path-level one; `security: []` means none.
    expect(del.parameters.map((p) => p.schema.maxLength)).toEqual([3]);
    expect(del.security).toEqual([]);
  });
});

describe('resolveRef', () => {
  it('follows local refs and reports a dangling one', () => {
    expect(resolveRef(doc, { $ref: '#/components/schemas/Old' }).type).toBe('boolean');
    expect(() => resolveRef(doc, { $ref: '#/components/schemas/Nope' })).toThrow('Unresolvable $ref');
  });
});

describe('createSchemaValidator', () => {
  const { validate } = createSchemaValidator(doc);
  it('validates against referenced schemas with formats, counting code points', () => {
    const thing = { $ref: '#/components/schemas/Thing' };
    expect(validate(thing, { id: 'f174e90a-fafe-4643-bbbc-4a0ed4fc8415', emoji: '😀😀' })).toEqual([]);
    expect(validate(thing, { id: 'nope' }).map((e) => e.keyword)).toEqual(['format']);
    expect(validate(thing, { id: 'f174e90a-fafe-4643-bbbc-4a0ed4fc8415', emoji: '😀😀😀' })[0].keyword).toBe('maxLength');
  });
  it('validates inline schemas that contain local refs', () => {
    const list = { type: 'array', items: { $ref: '#/components/schemas/Thing' } };
    expect(validate(list, [{}])[0]).toMatchObject({ keyword: 'required', instancePath: '/0' });
  });
});

describe('overdueDeprecations', () => {
  const overdueOn = (day) => overdueDeprecations(doc, new Date(`${day}T12:00:00Z`)).map((d) => d.property);
  it('lists deprecated properties, inline or referenced, once their sunset day has passed', () => {
    expect(overdueOn('2026-07-01')).toEqual([]);
    expect(overdueOn('2026-07-02')).toEqual(['old']);
    expect(overdueOn('2026-11-02')).toEqual(['old', 'older']);
  });
});

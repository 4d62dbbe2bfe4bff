// The constraint walker and case derivation on a small document that has what
// the allow-policy endpoint lacks (see fixtures/orders-api.js), so the generic
// path is proven beyond our one endpoint. packages/contract-tests sends the
// same derived cases to a Prism mock of it.
import { describe, expect, it } from 'vitest';
import { createSchemaValidator, deriveContractCases, listConstraints } from '../src/index.js';
import { ordersApi as doc } from './fixtures/orders-api.js';

const byId = (constraints) => Object.fromEntries(constraints.map((c) => [c.id, c]));

describe('listConstraints', () => {
  const constraints = byId(listConstraints(doc));

  it('finds the rules of nested objects and of array items, with a ref-transparent source pointer', () => {
    expect(constraints['createOrder body.customer.email required']).toMatchObject({ in: 'body', path: ['customer'], value: 'email' });
    expect(constraints['createOrder body.customer.name maxLength=5']).toMatchObject({ path: ['customer', 'name'] });
    expect(constraints['createOrder body.lines[].quantity exclusiveMaximum=100']).toMatchObject({
      path: ['lines', 0, 'quantity'],
      source: '#/paths/~1shops~1{shop}~1orders/post/requestBody/content/application~1json/schema/properties/lines/items/properties/quantity/exclusiveMaximum',
    });
    expect(constraints['createOrder body.lines[].size enum=["S","M","L"]']).toBeDefined();
    expect(constraints['createOrder body.lines minItems=1']).toBeDefined();
    expect(constraints['createOrder body.channel const=web']).toBeDefined();
    expect(constraints['createOrder body additionalProperties=false']).toBeDefined();
  });

  it('finds parameter rules (path, query, header) and skips what a request cannot break', () => {
    expect(constraints['createOrder path.shop maxLength=8'].source).toBe('#/paths/~1shops~1{shop}~1orders/parameters/0/schema/maxLength');
    expect(constraints['createOrder query.dry_run required'].source).toBe('#/paths/~1shops~1{shop}~1orders/post/parameters/0/required');
    expect(constraints['createOrder query.limit maximum=50']).toBeDefined();
    expect(constraints['createOrder header.X-Request-Id format=uuid']).toBeDefined();
    // Serialised parameters are strings: `type: string` on one is no rule; path parameters are always present.
    expect(constraints['createOrder path.shop type=string']).toBeUndefined();
    expect(constraints['createOrder path.shop required']).toBeUndefined();
  });

  it('finds security alternatives, honouring an operation-level override', () => {
    expect(constraints['createOrder security.user+key security']).toMatchObject({ value: ['user', 'key'], source: '#/security/1' });
    expect(constraints['listOrders security.key security'].source).toBe('#/paths/~1shops~1{shop}~1orders/get/security/0');
    expect(constraints['listOrders security.bearer security']).toBeUndefined();
  });

  it('treats an empty alternative as optional credentials (nothing to enforce)', () => {
    const optional = { ...doc, security: [{}, { bearer: [] }] };
    expect(listConstraints(optional).filter((c) => c.operationId === 'createOrder' && c.in === 'security')).toEqual([]);
  });
});

describe('deriveContractCases', () => {
  const { constraints, cases, unsupported } = deriveContractCases(doc);
  const { validate } = createSchemaValidator(doc);
  const orderSchema = { $ref: '#/components/schemas/Order' };
  const casesOf = (id) => cases.filter((c) => c.constraint === id);

  it('derives an accept and a reject case for every constraint it supports, and says why for the rest', () => {
    const covered = new Set(cases.map((c) => c.constraint));
    expect(constraints.filter((c) => !covered.has(c.id)).map((c) => c.id)).toEqual(unsupported.map((u) => u.constraint));
    expect(unsupported).toEqual([]);
    for (const id of covered) expect(new Set(casesOf(id).map((c) => c.verdict))).toEqual(new Set(['accept', 'reject']));
  });

  it('puts body values at the boundary and one past it, deep inside arrays of objects', () => {
    const [atLimit, past] = casesOf('createOrder body.lines[].quantity exclusiveMaximum=100');
    expect([atLimit.request.body.lines[0].quantity, past.request.body.lines[0].quantity]).toEqual([99, 100]);
    expect(validate(orderSchema, atLimit.request.body)).toEqual([]);
    expect(validate(orderSchema, past.request.body).map((e) => e.keyword)).toEqual(['exclusiveMaximum']);
    expect(past.violation).toEqual({ in: 'body', path: ['lines', 0, 'quantity'], keyword: 'exclusiveMaximum' });
  });

  it('makes every body accept case valid and every body reject case invalid by exactly its keyword', () => {
    for (const derived of cases.filter((c) => c.constraint.startsWith('createOrder body') && c.request.body !== undefined)) {
      const keywords = validate(orderSchema, derived.request.body).map((e) => e.keyword);
      if (derived.verdict === 'accept') expect(keywords, derived.name).toEqual([]);
      else expect(keywords, derived.name).toContain(derived.violation.keyword);
    }
  });

  it('removes required nested fields and query parameters, and sends wrong parameter values as strings', () => {
    const [, missing] = casesOf('createOrder body.customer.email required');
    expect(missing.request.body.customer).not.toHaveProperty('email');
    expect(missing.violation).toEqual({ in: 'body', path: ['customer'], keyword: 'required' });
    const [withIt, without] = casesOf('createOrder query.dry_run required');
    expect(withIt.request.query).toHaveProperty('dry_run', 'true');
    expect(without.request.query).not.toHaveProperty('dry_run');
    expect(casesOf('createOrder query.limit maximum=50').map((c) => c.request.query.limit)).toEqual(['50', '51']);
    expect(casesOf('createOrder path.shop maxLength=8').map((c) => c.request.pathParams.shop.length)).toEqual([8, 9]);
  });

  it('derives each enum value and one outside it', () => {
    expect(casesOf('createOrder body.lines[].size enum=["S","M","L"]').map((c) => [c.verdict, c.request.body.lines[0].size])).toEqual([
      ['accept', 'S'], ['accept', 'M'], ['accept', 'L'], ['reject', 's'],
    ]);
  });

  it('derives credentials per alternative: each alone passes; none, half a pair or the wrong form fails', () => {
    const token = casesOf('createOrder security.bearer security');
    expect(token.map((c) => [c.verdict, c.request.auth.headers])).toEqual([
      ['accept', { Authorization: 'Bearer contract-test-token' }],
      ['reject', {}],
      ['reject', { Authorization: expect.stringMatching(/^Basic /) }],
    ]);
    const pair = casesOf('createOrder security.user+key security');
    expect(pair.map((c) => [c.verdict, Object.keys(c.request.auth.headers)])).toEqual([
      ['accept', ['X-User', 'X-Key']],
      ['reject', ['X-Key']],
      ['reject', ['X-User']],
    ]);
    const keyOnly = casesOf('listOrders security.key security');
    expect(keyOnly.map((c) => [c.verdict, c.request.auth.headers, c.request.auth.query])).toEqual([
      ['accept', { 'X-Key': 'contract-test-key' }, {}],
      ['reject', {}, {}],
      ['reject', {}, { 'X-Key': 'contract-test-key' }],
    ]);
  });

  it('reports a constraint it cannot derive cases for instead of skipping it', () => {
    const withOneOf = structuredClone(doc);
    withOneOf.components.schemas.Line.properties.note = { oneOf: [{ type: 'string' }, { type: 'integer' }] };
    expect(deriveContractCases(withOneOf).unsupported).toEqual([
      { constraint: 'createOrder body.lines[].note oneOf=[{"type":"string"},{"type":"integer"}]', reason: 'no case derivation for "oneOf" yet' },
    ]);
  });

  it('explains a schema it cannot build a valid request for', () => {
    const impossible = structuredClone(doc);
    impossible.components.schemas.Line.properties.sku = { type: 'string', pattern: '^[A-Z]{3}-[0-9]+$' };
    expect(() => deriveContractCases(impossible)).toThrow(/Cannot derive a valid request body for createOrder.*Give the schema an example/);
  });
});

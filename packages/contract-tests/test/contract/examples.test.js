// Examples replay: every request example in the spec is sent and must be
// accepted; every response example must validate against its schema — with
// Ajv here, and (mock mode) by asking Prism for it by name, where --errors
// turns an invalid example into a 500.
import { describe, expect, it } from 'vitest';
import { createBaseRequest, createSchemaValidator, listOperations, resolveRef } from '@allow-policy/spec-walker';
import { successStatus } from '../../src/contract.js';
import { doc, expectContract, providerMode } from './support.js';

const operations = listOperations(doc);
const { validate } = createSchemaValidator(doc);

const examplesOf = (media) => Object.entries(media?.examples ?? {}).map(([name, example]) => [name, resolveRef(doc, example).value]);

const requestExamples = operations.flatMap((operation) =>
  Object.entries(operation.requestBody?.content ?? {}).flatMap(([mediaType, media]) =>
    examplesOf(media).map(([name, value]) => [`${operation.id} ${name}`, operation, mediaType, value]),
  ),
);
const responseExamples = operations.flatMap((operation) =>
  Object.entries(operation.responses).flatMap(([status, response]) =>
    Object.entries(response.content ?? {}).flatMap(([mediaType, media]) =>
      examplesOf(media).map(([name, value]) => [`${operation.id} ${status} ${name}`, operation, status, name, media.schema, value]),
    ),
  ),
);

describe('request examples are accepted', () => {
  it('the spec has request examples to replay', ({ expect }) => expect(requestExamples.length).toBeGreaterThan(0));
  it.concurrent.each(requestExamples)('%s', async (label, operation, mediaType, value) => {
    const request = { ...createBaseRequest(doc, operation), contentType: mediaType, body: value };
    await expectContract({ rule: `request example ${label}`, field: 'body', sent: value, operation, request, expected: { status: successStatus(operation) } });
  });
});

describe('response examples validate', () => {
  it('the spec has response examples', ({ expect }) => expect(responseExamples.length).toBeGreaterThan(0));
  it.each(responseExamples)('%s validates against its schema (Ajv)', (label, _operation, _status, _name, schema, value) => {
    const errors = validate(schema, value).map((e) => `${e.instancePath || '/'} ${e.message}`);
    if (errors.length > 0) throw new Error(`response example ${label} breaks its schema: ${errors.join('; ')}`);
  });

  if (!providerMode) {
    it.concurrent.each(responseExamples)('%s is served by the mock as declared', async (label, operation, status, name, _schema, value) => {
      const request = createBaseRequest(doc, operation);
      request.headers = { ...request.headers, Prefer: `code=${status}, example=${name}` };
      const { response } = await expectContract({ rule: `response example ${label}`, field: `Prefer: example=${name}`, sent: name, operation, request, expected: { status } });
      expect(response.body).toEqual(value);
    });
  }
});

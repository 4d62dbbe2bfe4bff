// Every example in the contract validates against the schema it illustrates
// (request bodies, responses, parameters), for every operation: readers copy
// examples, and Prism serves them as mock responses.
import { describe, expect, it } from 'vitest';
import { createSchemaValidator, listOperations, resolveRef } from '@allow-policy/spec-walker';
import { loadOpenApi } from '../index.js';

const doc = loadOpenApi();
const { validate } = createSchemaValidator(doc);

function examplesOf(operation) {
  const found = [];
  const fromContent = (where, content = {}) => {
    for (const [mediaType, media] of Object.entries(content)) {
      for (const [name, example] of Object.entries(media.examples ?? {})) {
        found.push([`${where} ${mediaType} "${name}"`, media.schema, resolveRef(doc, example).value]);
      }
      if ('example' in media) found.push([`${where} ${mediaType} example`, media.schema, media.example]);
    }
  };
  fromContent(`${operation.id} request`, operation.requestBody?.content);
  for (const [status, response] of Object.entries(operation.responses)) {
    fromContent(`${operation.id} ${status}`, response.content);
  }
  for (const parameter of operation.parameters) {
    if ('example' in parameter) found.push([`${operation.id} ${parameter.in} ${parameter.name}`, parameter.schema, parameter.example]);
  }
  return found;
}

const examples = listOperations(doc).flatMap(examplesOf);

describe('examples', () => {
  it('exist for the request, the 201 and every error response', () => {
    const names = examples.map(([name]) => name).join('\n');
    expect(names).toMatch(/createEmailAllowPolicy request/);
    for (const status of ['201', '400', '401', '403', '415', '422', '429']) {
      expect(names).toContain(`createEmailAllowPolicy ${status} `);
    }
  });

  it.each(examples)('%s validates against its schema', (_name, schema, value) => {
    expect(validate(schema, value)).toEqual([]);
  });
});

import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

const SPEC_ID = 'urn:allow-policy:openapi';

/**
 * JSON Schema 2020-12 validation of data against schemas of the bundled
 * document, the way Prism validates (formats on, lengths in code points).
 * `validate(schema, data)` takes a schema or a `{ $ref: '#/...' }` and returns
 * Ajv's error list (empty when valid).
 */
export function createSchemaValidator(doc) {
  // strict: false because OpenAPI documents carry keywords that are not JSON
  // Schema (example, x-*, discriminator); they are annotations, never rules.
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  ajv.addSchema(doc, SPEC_ID);
  const compiled = new Map();

  function compile(schema) {
    const key = JSON.stringify(schema);
    if (!compiled.has(key)) compiled.set(key, ajv.compile(pointAtDocument(schema)));
    return compiled.get(key);
  }

  return {
    validate(schema, data) {
      const check = compile(schema);
      return check(data) ? [] : [...check.errors];
    },
  };
}

// Local $refs ('#/components/...') are relative to the OpenAPI document, not to
// the schema being compiled: point them at the document registered above.
function pointAtDocument(schema) {
  return JSON.parse(JSON.stringify(schema).replaceAll('"$ref":"#/', `"$ref":"${SPEC_ID}#/`));
}

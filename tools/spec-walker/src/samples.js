import { resolveRef } from './resolve.js';

/** Values that are valid for common string formats (what `format` asks for). */
export const FORMAT_SAMPLES = {
  uuid: 'f174e90a-fafe-4643-bbbc-4a0ed4fc8415',
  'date-time': '2014-01-01T05:20:00.12345Z',
  date: '2014-01-01',
  time: '05:20:00Z',
  email: 'user@example.com',
  hostname: 'example.com',
  uri: 'https://example.com/',
  url: 'https://example.com/',
  ipv4: '192.0.2.1',
  ipv6: '2001:db8::1',
};

/**
 * A schema with its `allOf` branches merged (properties, required, the other
 * keywords of the first branch that sets them): enough to build a sample.
 */
export function flattenSchema(doc, raw) {
  const schema = resolveRef(doc, raw) ?? {};
  if (!schema.allOf) return schema;
  const merged = { ...schema, properties: { ...schema.properties }, required: [...(schema.required ?? [])] };
  delete merged.allOf;
  for (const branch of schema.allOf.map((b) => flattenSchema(doc, b))) {
    for (const [key, value] of Object.entries(branch)) {
      if (key === 'properties') Object.assign(merged.properties, value);
      else if (key === 'required') merged.required.push(...value);
      else if (!(key in merged)) merged[key] = value;
    }
  }
  return merged;
}

/** The non-null JSON type a sample of `schema` should have. */
export function primaryType(schema) {
  const types = [schema.type ?? (schema.properties ? 'object' : schema.items ? 'array' : undefined)].flat();
  return types.find((type) => type !== 'null') ?? types[0];
}

/**
 * A valid value for `schema`, as full as possible: objects carry every
 * declared property (optional ones too, so their rules can be exercised),
 * arrays carry their minimum number of items (at least one).
 */
export function sampleValue(doc, raw) {
  const schema = flattenSchema(doc, raw);
  if ('const' in schema) return schema.const;
  if (Array.isArray(schema.enum) && schema.enum.length > 0) return schema.enum[0];
  const given = [schema.example, ...(Array.isArray(schema.examples) ? schema.examples : []), schema.default];
  const usable = given.find((value) => value !== undefined && withinLengths(schema, value));
  if (usable !== undefined) return usable;
  switch (primaryType(schema)) {
    case 'string': {
      if (FORMAT_SAMPLES[schema.format]) return FORMAT_SAMPLES[schema.format];
      const length = Math.min(Math.max(schema.minLength ?? 1, 1), schema.maxLength ?? Infinity);
      return 'a'.repeat(length);
    }
    case 'integer':
    case 'number':
      if (schema.minimum !== undefined) return schema.minimum;
      if (schema.exclusiveMinimum !== undefined) return schema.exclusiveMinimum + 1;
      if (schema.maximum !== undefined) return Math.min(schema.maximum, 1);
      return 1;
    case 'boolean':
      return true;
    case 'null':
      return null;
    case 'array': {
      const count = Math.max(schema.minItems ?? 1, 1);
      return Array.from({ length: count }, (_, index) => {
        const item = sampleValue(doc, schema.items ?? {});
        // Distinct items when they must be unique and are strings or numbers.
        if (schema.uniqueItems && index > 0 && typeof item === 'string') return `${item}${index}`;
        if (schema.uniqueItems && index > 0 && typeof item === 'number') return item + index;
        return item;
      });
    }
    case 'object':
      return Object.fromEntries(
        Object.entries(schema.properties ?? {}).map(([name, property]) => [name, sampleValue(doc, property)]),
      );
    default:
      return 'a';
  }
}

// An example that a (possibly edited) length bound no longer allows is no sample.
function withinLengths(schema, value) {
  if (typeof value !== 'string') return true;
  const length = [...value].length;
  return length >= (schema.minLength ?? 0) && length <= (schema.maxLength ?? Infinity);
}

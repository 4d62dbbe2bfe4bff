import { resolveRef } from './resolve.js';

/**
 * Every deprecated property of every named schema, with what the spec says
 * about it (x-replaced-by, x-deprecated-since, x-sunset).
 */
export function listDeprecatedProperties(doc) {
  const found = [];
  for (const [schemaName, schema] of Object.entries(doc.components?.schemas ?? {})) {
    for (const [property, raw] of Object.entries(schema.properties ?? {})) {
      const resolved = resolveRef(doc, raw);
      if (raw.deprecated === true || resolved.deprecated === true) {
        found.push({
          schema: schemaName,
          property,
          replacedBy: raw['x-replaced-by'] ?? resolved['x-replaced-by'],
          deprecatedSince: raw['x-deprecated-since'] ?? resolved['x-deprecated-since'],
          sunset: raw['x-sunset'] ?? resolved['x-sunset'],
        });
      }
    }
  }
  return found;
}

/** Deprecated properties whose sunset date (YYYY-MM-DD) is before `today`. */
export function overdueDeprecations(doc, today) {
  const day = today.toISOString().slice(0, 10);
  return listDeprecatedProperties(doc).filter((entry) => entry.sunset && entry.sunset < day);
}

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Absolute path of the bundled document, for generators that take a file. */
export const openapiJsonPath = fileURLToPath(new URL('./dist/openapi.json', import.meta.url));
export const openapiYamlPath = fileURLToPath(new URL('./dist/openapi.yaml', import.meta.url));

/** The bundled OpenAPI document, parsed (a fresh copy on every call). */
export function loadOpenApi() {
  try {
    return JSON.parse(readFileSync(openapiJsonPath, 'utf8'));
  } catch (error) {
    throw new Error(`Cannot read ${openapiJsonPath}: build the spec first (npm run build).`, { cause: error });
  }
}

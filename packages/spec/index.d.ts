/** Absolute path of the bundled document, for generators that take a file. */
export declare const openapiJsonPath: string;
export declare const openapiYamlPath: string;
/** The bundled OpenAPI 3.1 document, parsed (a fresh copy on every call). */
export declare function loadOpenApi(): Record<string, unknown> & { openapi: string };

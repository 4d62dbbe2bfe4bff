import { resolveRef } from './resolve.js';

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

/**
 * Every operation of the document with what a request to it needs: method,
 * path template, merged path-item + operation parameters (resolved), the JSON
 * request body, effective security requirements and declared responses.
 */
export function listOperations(doc) {
  const operations = [];
  for (const [path, rawItem] of Object.entries(doc.paths ?? {})) {
    const item = resolveRef(doc, rawItem);
    for (const method of METHODS) {
      const operation = item[method];
      if (!operation) continue;
      const byKey = new Map();
      for (const raw of [...(item.parameters ?? []), ...(operation.parameters ?? [])]) {
        const parameter = resolveRef(doc, raw);
        byKey.set(`${parameter.in}:${parameter.name}`, parameter);
      }
      const requestBody = operation.requestBody ? resolveRef(doc, operation.requestBody) : undefined;
      operations.push({
        id: operation.operationId ?? `${method.toUpperCase()} ${path}`,
        method,
        path,
        operation,
        parameters: [...byKey.values()],
        requestBody,
        security: operation.security ?? doc.security ?? [],
        responses: Object.fromEntries(
          Object.entries(operation.responses ?? {}).map(([status, response]) => [
            status,
            resolveRef(doc, response),
          ]),
        ),
      });
    }
  }
  return operations;
}

export function findOperation(doc, operationId) {
  const found = listOperations(doc).find((op) => op.operation.operationId === operationId);
  if (!found) throw new Error(`No operation with operationId "${operationId}" in the spec`);
  return found;
}

// Types for the repository's JavaScript tools, as these tests use them
// (the tools ship no .d.ts of their own).
declare module '@allow-policy/mock' {
  export function startPrism(options?: { spec?: string; upstream?: string; port?: number; timeoutMs?: number }): Promise<{
    url: string;
    port: number;
    pid: number;
    startupMs: number;
    output(): string;
    stop(): Promise<void>;
  }>;
}

declare module '@allow-policy/spec-walker' {
  type Node = Record<string, unknown>;
  export interface Operation {
    id: string;
    method: string;
    path: string;
    operation: Node;
    parameters: Node[];
    requestBody?: { content: Record<string, unknown> };
    responses: Record<string, unknown>;
  }
  export function findOperation(doc: object, operationId: string): Operation;
  export function resolveRef(doc: object, node: unknown): unknown;
  export function createSchemaValidator(doc: object): { validate(schema: object, data: unknown): unknown[] };
  export function listDeprecatedProperties(doc: object): { schema: string; property: string; replacedBy?: string; sunset?: string }[];
}

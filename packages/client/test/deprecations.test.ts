// Deprecated fields are @deprecated in the generated types, although the spec
// marks them on the $ref target (components/schemas/IsSender.yaml etc.), not
// on the property. TypeScript's language service, as an editor shows it, is
// asked which property accesses are deprecated; the answer must be exactly
// the spec's deprecated properties.
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { loadOpenApi } from '@allow-policy/spec';
import { listDeprecatedProperties } from '@allow-policy/spec-walker';

const packageDir = fileURLToPath(new URL('..', import.meta.url));
const doc = loadOpenApi() as unknown as { components: { schemas: Record<string, { properties?: Record<string, unknown> }> } };

/** `Schema.property` for every property access the language service reports as deprecated. */
function deprecatedAccesses(source: string): string[] {
  const probe = join(packageDir, 'test', '__deprecation-probe.ts');
  const config = ts.getParsedCommandLineOfConfigFile(join(packageDir, 'tsconfig.json'), {}, {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: (d) => {
      throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n'));
    },
  })!;
  const read = (file: string) => (file === probe ? source : ts.sys.readFile(file));
  const service = ts.createLanguageService({
    getCompilationSettings: () => config.options,
    getScriptFileNames: () => [probe],
    getScriptVersion: () => '1',
    getScriptSnapshot: (file) => {
      const text = read(file);
      return text === undefined ? undefined : ts.ScriptSnapshot.fromString(text);
    },
    getCurrentDirectory: () => packageDir,
    getDefaultLibFileName: (options) => ts.getDefaultLibFilePath(options),
    fileExists: (file) => file === probe || ts.sys.fileExists(file),
    readFile: read,
    readDirectory: ts.sys.readDirectory,
    directoryExists: ts.sys.directoryExists,
    getDirectories: ts.sys.getDirectories,
  });
  const errors = service.getSemanticDiagnostics(probe);
  expect(errors.map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'))).toEqual([]);
  const lines = source.split('\n');
  return service
    .getSuggestionDiagnostics(probe)
    .filter((d) => d.reportsDeprecated)
    .map((d) => {
      const { line } = ts.getLineAndCharacterOfPosition(service.getProgram()!.getSourceFile(probe)!, d.start!);
      return /^schemas\.(\w+)\.(\w+);$/.exec(lines[line]!)!.slice(1).join('.');
    })
    .sort();
}

/** One property access per property of every object schema of the spec. */
function probeEveryProperty(): { source: string; all: string[] } {
  const all: string[] = [];
  for (const [schema, definition] of Object.entries(doc.components.schemas)) {
    for (const property of Object.keys(definition.properties ?? {})) all.push(`${schema}.${property}`);
  }
  const source = [
    "import type { components } from '../src/index.js';",
    "declare const schemas: Required<{ [K in keyof components['schemas']]: Required<components['schemas'][K]> }>;",
    ...all.map((access) => `schemas.${access};`),
  ].join('\n');
  return { source, all };
}

describe('@deprecated in the generated types', () => {
  const { source, all } = probeEveryProperty();
  const flagged = deprecatedAccesses(source);

  it('is exactly the set of deprecated properties of the spec (generic: the next deprecation is covered)', () => {
    const expected = listDeprecatedProperties(doc)
      .map(({ schema, property }) => `${schema}.${property}`)
      .sort();
    expect(flagged).toEqual(expected);
    expect(all.length).toBeGreaterThan(flagged.length); // the others are checked too, and stay clean
  });

  it('covers the seed page deprecations: is_recipient, is_sender, is_spoof on create and response; last_modified', () => {
    expect(flagged).toEqual(
      expect.arrayContaining([
        'AllowPolicyCreate.is_recipient',
        'AllowPolicyCreate.is_sender',
        'AllowPolicyCreate.is_spoof',
        'AllowPolicy.is_recipient',
        'AllowPolicy.is_sender',
        'AllowPolicy.is_spoof',
        'AllowPolicy.last_modified',
      ]),
    );
    expect(flagged).not.toContain('AllowPolicyCreate.is_trusted_sender');
    expect(flagged).not.toContain('AllowPolicy.modified_at');
  });

  it('reaches the public aliases: AllowPolicyCreate and AllowPolicy as the client exports them', () => {
    const aliases = deprecatedAccesses(
      [
        "import type { AllowPolicy, AllowPolicyCreate } from '../src/index.js';",
        'declare const schemas: { AllowPolicyCreate: Required<AllowPolicyCreate>; AllowPolicy: Required<AllowPolicy> };',
        'schemas.AllowPolicyCreate.is_sender;',
        'schemas.AllowPolicyCreate.is_trusted_sender;',
        'schemas.AllowPolicy.last_modified;',
      ].join('\n'),
    );
    expect(aliases).toEqual(['AllowPolicy.last_modified', 'AllowPolicyCreate.is_sender']);
  });
});

// The committed schema is the public contract: it must match the code, and every type, field,
// argument and enum value must say what it is.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { isEnumType, isInputObjectType, isInterfaceType, isObjectType, isScalarType, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { printSchemaFile } from '../api/scripts/print-schema.js';
import { schema } from '../api/src/schema.js';

describe('public schema', () => {
  it('matches the committed api/schema.graphql (run `pnpm codegen` after changing the schema)', () => {
    const committed = readFileSync(path.resolve(import.meta.dirname, '../api/schema.graphql'), 'utf8');
    expect(printSchemaFile()).toBe(committed);
  });

  it('describes every type, field, argument and enum value', () => {
    const missing: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith('__') || ['String', 'Int', 'Float', 'Boolean', 'ID'].includes(type.name)) continue;
      if (!type.description) missing.push(type.name);
      if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
        for (const field of Object.values(type.getFields())) {
          if (!field.description) missing.push(`${type.name}.${field.name}`);
          for (const arg of 'args' in field ? field.args : []) {
            if (!arg.description) missing.push(`${type.name}.${field.name}(${arg.name})`);
          }
        }
      }
      if (isEnumType(type)) {
        for (const value of type.getValues())
          if (!value.description && !isScalarType(type)) missing.push(`${type.name}.${value.name}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('accepts every GraphQL example of the README and docs/', () => {
    const root = path.resolve(import.meta.dirname, '..');
    const files = [
      'README.md',
      ...readdirSync(path.join(root, 'docs'))
        .filter((f) => f.endsWith('.md'))
        .map((f) => `docs/${f}`),
    ];
    const examples = files.flatMap((file) =>
      [...readFileSync(path.join(root, file), 'utf8').matchAll(/```graphql\n([\s\S]*?)```/g)].map((m) => ({
        file,
        text: m[1] as string,
      })),
    );
    expect(examples.length).toBeGreaterThan(0);
    for (const { file, text } of examples) {
      const errors = validate(schema, parse(text)).map((e) => e.message);
      expect({ file, errors }).toEqual({ file, errors: [] });
    }
  });
});

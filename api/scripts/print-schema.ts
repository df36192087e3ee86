// Prints the GraphQL schema to api/schema.graphql (committed; test/schema.test.ts fails when it
// drifts from printSchemaFile()). Run by `pnpm codegen` through the api package's schema:print.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { schema } from '../src/schema.js';

export function printSchemaFile(): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const out = path.resolve(import.meta.dirname, '../schema.graphql');
  writeFileSync(out, printSchemaFile());
  console.log(`wrote ${path.relative(process.cwd(), out)}`);
}

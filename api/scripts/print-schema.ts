// Prints the GraphQL schema to api/schema.graphql (committed; a test fails when it drifts).
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { printSchemaFile } from '../src/print-schema.js';

const out = path.resolve(import.meta.dirname, '../schema.graphql');
writeFileSync(out, printSchemaFile());
console.log(`wrote ${path.relative(process.cwd(), out)}`);

import { lexicographicSortSchema, printSchema } from 'graphql';
import { schema } from './schema.js';

export function printSchemaFile(): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}

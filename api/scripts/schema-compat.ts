// Schema compatibility: what changed between two printed schemas and which changes break the SDK's
// users (a removed type, field, argument or enum value; a changed field or argument type; a new
// required argument or input field). Deprecations and additions are safe. Used by
// schema-breaking.ts (the check) and by test/schema-breaking.test.ts.
import { type Change, CriticalityLevel, diff } from '@graphql-inspector/core';
import { buildSchema } from 'graphql';

export interface Compatibility {
  changes: Change[];
  breaking: Change[];
}

export async function compareSchemas(previousSdl: string, currentSdl: string): Promise<Compatibility> {
  const changes = await diff(buildSchema(previousSdl), buildSchema(currentSdl));
  return { changes, breaking: changes.filter((c) => c.criticality.level === CriticalityLevel.Breaking) };
}

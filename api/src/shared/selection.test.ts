import { buildSchema, type GraphQLResolveInfo, graphql } from 'graphql';
import { describe, expect, it } from 'vitest';
import { selectedFieldsAt } from './selection.js';

const schema = buildSchema(`
  type Row { a: Int b: Int c: Int }
  type Point { rows: [Row] }
  type Report { rows: [Row] points: [Point] total: Row }
  type Query { report: Report }
`);

/** The fields selected at `path` below `report` in `query`, as the resolver sees them. */
async function selected(query: string, path: string[]): Promise<string[]> {
  let names: string[] = [];
  const result = await graphql({
    schema,
    source: query,
    rootValue: {
      report: (_args: unknown, _ctx: unknown, info: GraphQLResolveInfo) => {
        names = selectedFieldsAt(info, path).sort();
        return {};
      },
    },
  });
  expect(result.errors).toBeUndefined();
  return names;
}

describe('selectedFieldsAt', () => {
  it('reads fields, aliases, inline and named fragments at the path only', async () => {
    const query = `{ report { total { c } rows { a x: b ... on Row { c } } } }`;
    expect(await selected(query, ['rows'])).toEqual(['a', 'b', 'c']);
    const named = `{ report { rows { ...F } } } fragment F on Row { b }`;
    expect(await selected(named, ['rows'])).toEqual(['b']);
  });

  it('follows a longer path through fragments on the way', async () => {
    const query = `{ report { ... on Report { points { rows { a } } } rows { b } } }`;
    expect(await selected(query, ['points', 'rows'])).toEqual(['a']);
  });
});

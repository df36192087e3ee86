// The analytics root fields weigh their database time (api/src/access/cost.ts QUERY_FIELD_COSTS,
// docs/security.md "Cost of the analytics"): the operation of issue 23 (30 aliased newHireRamp
// fields, 30 points each before) is now refused before it runs, while every GraphQL example of
// the README and docs/ and every SDK operation of an analytics field still fits the default
// 1,000 points.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_MAX_QUERY_COST } from '../api/src/access/config.js';
import { QUERY_FIELD_COSTS, requestedCost } from '../api/src/access/cost.js';
import { schema } from '../api/src/schema.js';
import { createTestDatabase, type TestDatabase } from './support/databases.js';
import { createTestClient, type TestClient } from './support/graphql.js';

const ROOT = path.resolve(import.meta.dirname, '..');

const RAMP = 'newHireRamp(hiredFrom: "2025-02-01", hiredTo: "2026-01-31") { repCount }';

describe('the analytics weights', () => {
  let db: TestDatabase;
  let client: TestClient;
  beforeAll(async () => {
    db = await createTestDatabase();
    await db.prisma.organization.create({ data: { name: 'Cost Co', slug: 'cost' } });
    client = await createTestClient(db, { security: { cost: { maxQueryCost: DEFAULT_MAX_QUERY_COST } } });
  });
  afterAll(async () => {
    await client?.close();
    await db?.destroy();
  });

  it('name fields of Query only', () => {
    const fields = schema.getQueryType()?.getFields() ?? {};
    expect(Object.keys(QUERY_FIELD_COSTS).filter((name) => !(name in fields))).toEqual([]);
  });

  it('refuse 30 aliased newHireRamp fields before anything runs', async () => {
    const query = `{ ${Array.from({ length: 30 }, (_, i) => `r${i}: ${RAMP}`).join(' ')} }`;
    const res = await client.request(query);
    // Each alias: newHireRamp's 61 points (1.8 s of connection time at 30 ms a point); repCount, a scalar, 0.
    expect(res.errors?.[0]?.extensions).toMatchObject({
      code: 'QUERY_TOO_COMPLEX',
      cost: { requestedQueryCost: 30 * 61, maxQueryCost: 1000 },
    });
    expect(res.data).toBeUndefined();
  });

  it('accept one newHireRamp at its weight', async () => {
    const res = await client.request(`{ ${RAMP} }`);
    expect(res.errors).toBeUndefined();
    expect(res.extensions?.cost).toMatchObject({ requestedQueryCost: 61, actualQueryCost: 61 });
  });

  it('keep every example of the README and docs/ and every analytics SDK operation within the default maximum', () => {
    const texts = [
      'README.md',
      ...readdirSync(path.join(ROOT, 'docs'))
        .filter((f) => f.endsWith('.md'))
        .map((f) => `docs/${f}`),
    ].flatMap((file) =>
      [...readFileSync(path.join(ROOT, file), 'utf8').matchAll(/```graphql\n([\s\S]*?)```/g)].map((m) => ({
        file,
        text: m[1] as string,
      })),
    );
    const operationsDir = path.join(ROOT, 'sdk/src/operations');
    const sdk = readdirSync(operationsDir)
      .filter((f) => f.endsWith('.graphql'))
      .map((f) => ({ file: `sdk/src/operations/${f}`, text: readFileSync(path.join(operationsDir, f), 'utf8') }));
    const analytics = new Set(Object.keys(QUERY_FIELD_COSTS));
    const over: string[] = [];
    let counted = 0;
    for (const { file, text } of [...texts, ...sdk]) {
      const document = parse(text);
      for (const definition of document.definitions) {
        if (definition.kind !== 'OperationDefinition') continue;
        const weighed = definition.selectionSet.selections.some(
          (s) => s.kind === 'Field' && analytics.has(s.name.value),
        );
        if (file.startsWith('sdk/') && !weighed) continue;
        counted++;
        const cost = requestedCost({ schema, document, operationName: definition.name?.value });
        if (cost > DEFAULT_MAX_QUERY_COST) over.push(`${file} ${definition.name?.value ?? '(anonymous)'}: ${cost}`);
      }
    }
    expect(counted).toBeGreaterThan(10);
    expect(over).toEqual([]);
  });
});

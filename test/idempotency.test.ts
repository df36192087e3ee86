// Idempotent creates and the audit trail, through the shared helpers every mutation uses.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordAudit } from '../api/src/shared/audit.js';
import { buildContext, type Context } from '../api/src/shared/context.js';
import { runIdempotent } from '../api/src/shared/idempotency.js';
import { createTestDatabase, type TestDatabase } from './support/databases.js';

let db: TestDatabase;
let ctx: Context;

beforeAll(async () => {
  db = await createTestDatabase();
  const org = await db.prisma.organization.create({ data: { name: 'Idem Co', slug: 'idem' } });
  ctx = buildContext(
    db,
    { organizationId: org.id, principal: 'key:7', repId: null, scopes: new Set(['admin']) },
    { id: org.id, name: org.name, fiscalYearStartMonth: 1, timeZone: 'UTC', currency: 'USD' },
    'req-1',
  );
});
afterAll(() => db?.destroy());

// Each test uses its own key and product names, so that any test runs alone and in any order.
const countProducts = async (name: string) =>
  Number((await db.sql.query<{ n: number }>('SELECT count(*)::int AS n FROM "Product" WHERE name = $1', [name]))[0]?.n);

function createProduct(key: string, name: string) {
  return runIdempotent(ctx, 'createProduct', key, { name }, async (tx) => {
    const product = await tx.product.create({
      data: { organizationId: ctx.organization.id, name, family: 'F', listPrice: '10.00' },
    });
    await recordAudit(tx, ctx, {
      action: 'product.create',
      entityType: 'Product',
      entityId: product.id,
      after: product,
    });
    return { productId: product.id };
  });
}

describe('runIdempotent', () => {
  it('creates once and replays the first result for the same key and input', async () => {
    const first = await createProduct('key-replay', 'Widget');
    const second = await createProduct('key-replay', 'Widget');
    expect(second).toEqual(first);
    expect(await countProducts('Widget')).toBe(1);
    const audit = await db.sql.query<{
      actorType: string;
      actorId: string;
      apiKeyId: number;
      after: { listPrice: string };
    }>(
      `SELECT "actorType", "actorId", "apiKeyId", "after" FROM "AuditEvent" WHERE action = 'product.create' AND "entityId" = $1`,
      [String(first.productId)],
    );
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actorType: 'API_KEY', actorId: 'key:7', apiKeyId: 7, after: { listPrice: '10' } });
  });

  it('refuses the same key with different input, naming the field, and writes nothing', async () => {
    await createProduct('key-reused', 'Gizmo');
    await expect(createProduct('key-reused', 'Gadget')).rejects.toMatchObject({
      userError: { code: 'IDEMPOTENCY_KEY_REUSED', field: ['input', 'idempotencyKey'] },
    });
    expect(await countProducts('Gizmo')).toBe(1);
    expect(await countProducts('Gadget')).toBe(0);
  });

  it('lets two concurrent requests with one key create one row', async () => {
    const run = () =>
      runIdempotent(ctx, 'createProduct', 'key-race', { name: 'Race' }, async (tx) => {
        const p = await tx.product.create({
          data: { organizationId: ctx.organization.id, name: 'Race', family: 'F', listPrice: '1.00' },
        });
        return { productId: p.id };
      });
    const [a, b] = await Promise.all([run(), run()]);
    expect(a).toEqual(b);
    const rows = await db.sql.query(`SELECT id FROM "Product" WHERE name = 'Race'`);
    expect(rows).toHaveLength(1);
  });

  it('rolls back the change and keeps no record when the change fails', async () => {
    await expect(
      runIdempotent(ctx, 'createProduct', 'key-fail', { name: 'Broken' }, async (tx) => {
        await tx.product.create({
          data: { organizationId: ctx.organization.id, name: 'Broken', family: 'F', listPrice: '1.00' },
        });
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect(await db.sql.query(`SELECT id FROM "Product" WHERE name = 'Broken'`)).toHaveLength(0);
    expect(await db.sql.query(`SELECT id FROM "IdempotencyRecord" WHERE key = 'key-fail'`)).toHaveLength(0);
  });
});

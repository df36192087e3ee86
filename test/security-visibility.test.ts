// Hierarchy visibility in the data layer (docs/design.md §2): a rep sees their own deals, quotas and
// pay; a manager exactly their subtree; sales ops and service keys the organization; pay only
// the rep, their managers and comp admins. Checked through every path that exists: node(id),
// nodes, connections and their counts, nested relations, relation filters, raw SQL with the
// visibility helpers, and the tenant client the comp and analytics modules use.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issueApiKey } from '../api/src/access/api-keys.js';
import { createAuthenticator } from '../api/src/access/authenticate.js';
import { visibleRepSql } from '../api/src/access/visibility.js';
import { Prisma } from '../api/src/generated/prisma/client.js';
import { buildContext, type Context } from '../api/src/shared/context.js';
import { toGlobalId } from '../api/src/shared/ids.js';
import { exportRows } from '../sdk/src/export.js';
import { collect, type PageOf, paginate } from '../sdk/src/paginate.js';
import { createTestDatabase, type TestDatabase } from './support/databases.js';
import { buildCoreFixture, type CoreFixture } from './support/fixture.js';
import { createTestClient, type TestClient } from './support/graphql.js';

let db: TestDatabase;
let fx: CoreFixture;
let client: TestClient;
let ops: number;
const payoutLine = new Map<number, number>();
let payoutRunId: number;
const READER = ['read:people', 'read:accounts', 'read:pipeline', 'read:plans', 'read:comp'] as const;

const d = (s: string) => new Date(`${s}T00:00:00Z`);

beforeAll(async () => {
  db = await createTestDatabase();
  fx = await buildCoreFixture(db.prisma, 24);
  const p = db.prisma;
  const org = fx.organizationId;
  const [ada, bob, cy] = fx.reps as [number, number, number];
  ops = (
    await p.rep.create({
      data: {
        organizationId: org,
        name: 'Sam Ops',
        email: 'sam@fixture.test',
        role: 'SALES_OPS',
        region: 'NA',
        hireDate: d('2024-01-01'),
      },
    })
  ).id;
  // A deal of Bob's with an overlay split crediting Cy (another team): Cy sees it, Ada does not.
  await p.opportunitySplit.create({
    data: {
      organizationId: org,
      opportunityId: fx.opportunities[1] as number,
      repId: cy,
      percent: '0.5',
      splitType: 'OVERLAY',
    },
  });
  const plan = await p.salesPlan.create({ data: { organizationId: org, fiscalYear: 2027, name: 'FY27' } });
  for (const rep of [fx.vp, ...fx.managers, ...fx.reps]) {
    await p.quota.create({
      data: {
        organizationId: org,
        salesPlanId: plan.id,
        repId: rep,
        periodKey: 'FY2027-Q1',
        periodStart: d('2026-02-01'),
        periodEnd: d('2026-05-01'),
        amount: '100000',
      },
    });
    await p.forecastSubmission.create({
      data: {
        organizationId: org,
        ownerId: rep,
        periodKey: 'FY2027-Q1',
        category: 'COMMIT',
        amount: '5000',
        submittedBy: 'test',
      },
    });
  }
  const comp = await p.compPlan.create({
    data: { organizationId: org, name: 'AE plan', effectiveStart: d('2026-02-01') },
  });
  const component = await p.compComponent.create({
    data: { organizationId: org, compPlanId: comp.id, name: 'Commission', kind: 'COMMISSION', period: 'QUARTER' },
  });
  // Approved: reps and managers see pay once its run is approved (a DRAFT run's lines are comp admins' only).
  const run = await p.payoutRun.create({
    data: {
      organizationId: org,
      periodKey: 'FY2027-Q1',
      periodStart: d('2026-02-01'),
      periodEnd: d('2026-05-01'),
      status: 'APPROVED',
    },
  });
  payoutRunId = run.id;
  for (const [i, rep] of [ada, bob, cy].entries()) {
    await p.compAssignment.create({
      data: {
        organizationId: org,
        compPlanId: comp.id,
        repId: rep,
        startDate: d('2026-02-01'),
        baseSalary: '90000',
        targetIncentive: '90000',
      },
    });
    const line = await p.payoutLine.create({
      data: {
        organizationId: org,
        payoutRunId: run.id,
        repId: rep,
        componentId: component.id,
        kind: 'COMMISSION',
        amount: `${1000 * (i + 1)}.00`,
        explanation: {},
      },
    });
    payoutLine.set(rep, line.id);
    await p.payoutAdjustment.create({
      data: { organizationId: org, repId: rep, amount: '10', reason: 'r', createdBy: 'test' },
    });
  }
  // Ada disputes her own line, and (inconsistent data, to test the guard) one naming Bob's line.
  await p.dispute.create({
    data: { organizationId: org, repId: ada, payoutLineId: payoutLine.get(ada), reason: 'mine' },
  });
  await p.dispute.create({
    data: { organizationId: org, repId: ada, payoutLineId: payoutLine.get(bob), reason: 'theirs' },
  });
  client = await createTestClient(db);
});
afterAll(async () => {
  await client?.close();
  await db?.destroy();
});

async function keyFor(repId: number | null, scopes: readonly string[] = READER) {
  return (
    await issueApiKey(db.sql, {
      organizationId: fx.organizationId,
      name: `k${repId}`,
      scopes: [...scopes] as never,
      repId,
    })
  ).token;
}

async function contextFor(token: string): Promise<Context> {
  const outcome = await createAuthenticator(db).authenticate(
    new Request('http://x/graphql', { headers: { authorization: `Bearer ${token}` } }),
  );
  if (!outcome.ok) throw new Error(outcome.message);
  return buildContext(db, outcome.viewer, outcome.organization, 'test', outcome.visibility);
}

/** A rep and everyone below, written with joins to a fixed depth (the fixture has three levels). */
async function subtreeSql(repId: number): Promise<number[]> {
  const rows = await db.sql.query<{ id: number }>(
    `SELECT r.id FROM "Rep" r
       LEFT JOIN "Rep" m1 ON r."managerId" = m1.id
       LEFT JOIN "Rep" m2 ON m1."managerId" = m2.id
      WHERE r.id = $1 OR m1.id = $1 OR m2.id = $1 ORDER BY r.id`,
    [repId],
  );
  return rows.map((r) => r.id);
}

async function dealsOf(reps: number[]): Promise<number[]> {
  const rows = await db.sql.query<{ id: number }>(
    `SELECT id FROM "Opportunity" o WHERE "ownerId" = ANY($1::int[])
        OR EXISTS (SELECT 1 FROM "OpportunitySplit" s WHERE s."opportunityId" = o.id AND s."repId" = ANY($1::int[]))
      ORDER BY id`,
    [reps],
  );
  return rows.map((r) => r.id);
}

const decode = (gid: string) => Number(Buffer.from(gid, 'base64').toString().split(':')[1]);
const as = (token: string) => ({ authorization: `Bearer ${token}` });

async function visibleDeals(token: string) {
  const res = await client.request<{ opportunities: { totalCount: number; edges: { node: { id: string } }[] } }>(
    '{ opportunities(first: 100) { totalCount edges { node { id } } } }',
    {},
    as(token),
  );
  expect(res.errors).toBeUndefined();
  const ids = res.data?.opportunities.edges.map((e) => decode(e.node.id)).sort((a, b) => a - b) ?? [];
  expect(res.data?.opportunities.totalCount).toBe(ids.length);
  return ids;
}

describe('deals', () => {
  it('a rep sees exactly their own and credited deals, in the connection and its count', async () => {
    for (const rep of fx.reps) {
      expect(await visibleDeals(await keyFor(rep))).toEqual(await dealsOf([rep]));
    }
  });

  it("a manager sees exactly their subtree's deals, checked against the hierarchy in SQL", async () => {
    for (const manager of [fx.vp, ...fx.managers]) {
      const subtree = await subtreeSql(manager);
      expect(subtree.length).toBeGreaterThan(1);
      expect(await visibleDeals(await keyFor(manager))).toEqual(await dealsOf(subtree));
    }
    const [viewer] = [
      await client.request<{ viewer: { visibleRepCount: number } }>(
        '{ viewer { visibleRepCount } }',
        {},
        as(await keyFor(fx.managers[0] as number)),
      ),
    ];
    expect(viewer.data?.viewer.visibleRepCount).toBe((await subtreeSql(fx.managers[0] as number)).length);
  });

  it("a rep cannot reach a peer's deal by node, nodes, or nested relations", async () => {
    const [ada, bob] = fx.reps as [number, number];
    const token = await keyFor(ada);
    const peerDeals = await dealsOf([bob]);
    const adaDeals = new Set(await dealsOf([ada]));
    const hidden = peerDeals.filter((id) => !adaDeals.has(id));
    expect(hidden.length).toBeGreaterThan(0);
    const nodes = await client.request<{ nodes: ({ id: string } | null)[] }>(
      'query($ids: [ID!]!) { nodes(ids: $ids) { id } }',
      { ids: hidden.map((id) => toGlobalId('Opportunity', id)) },
      as(token),
    );
    expect(nodes.data?.nodes.every((n) => n === null)).toBe(true);
    const nested = await client.request<{
      node: { opportunities: { totalCount: number; edges: unknown[] }; quotas: unknown[] };
      accounts: { edges: { node: { opportunities: { totalCount: number; edges: { node: { id: string } }[] } } }[] };
    }>(
      `query($bob: ID!) {
         node(id: $bob) { ... on Rep { opportunities(first: 50) { totalCount edges { node { id } } } quotas { id } } }
         accounts(first: 50) { edges { node { opportunities(first: 50) { totalCount edges { node { id } } } } } } }`,
      { bob: toGlobalId('Rep', bob) },
      as(token),
    );
    expect(nested.errors).toBeUndefined();
    expect(nested.data?.node.opportunities).toEqual({ totalCount: 0, edges: [] });
    expect(nested.data?.node.quotas).toEqual([]);
    const throughAccounts = nested.data?.accounts.edges.flatMap((e) =>
      e.node.opportunities.edges.map((x) => decode(x.node.id)),
    );
    expect(throughAccounts?.sort((a, b) => a - b)).toEqual([...adaDeals].sort((a, b) => a - b));
    const counted = nested.data?.accounts.edges.reduce((n, e) => n + e.node.opportunities.totalCount, 0);
    expect(counted).toBe(adaDeals.size);
  });

  it('relation filters cannot probe invisible rows', async () => {
    const [ada, bob] = fx.reps as [number, number];
    const ctx = await contextFor(await keyFor(ada));
    const probe = await ctx.prisma.account.findMany({ where: { opportunities: { some: { ownerId: bob } } } });
    expect(probe).toEqual([]);
    const every = await ctx.prisma.account.count({ where: { opportunities: { every: { ownerId: ada } } } });
    expect(every).toBe(await ctx.prisma.account.count());
  });

  it('sales ops, read:all and service keys see the organization; a user without a rep sees no deals', async () => {
    const all = (
      await db.sql.query<{ id: number }>('SELECT id FROM "Opportunity" WHERE "organizationId" = $1 ORDER BY id', [
        fx.organizationId,
      ])
    ).map((r) => r.id);
    expect(await visibleDeals(await keyFor(ops))).toEqual(all);
    expect(await visibleDeals(await keyFor(fx.reps[0] as number, [...READER, 'read:all']))).toEqual(all);
    expect(await visibleDeals(await keyFor(null))).toEqual(all);
    const ctx = buildContext(
      db,
      { organizationId: fx.organizationId, principal: 'user:nobody', repId: null, scopes: new Set(READER) },
      { id: fx.organizationId, name: 'Fixture Co', fiscalYearStartMonth: 2, timeZone: 'UTC', currency: 'USD' },
    );
    expect(await ctx.prisma.opportunity.count()).toBe(0);
  });
});

describe('quotas and forecasts', () => {
  it('follow the same rule through every path', async () => {
    const manager = fx.managers[0] as number;
    const ctx = await contextFor(await keyFor(manager));
    const subtree = await subtreeSql(manager);
    const quotas = await ctx.prisma.quota.findMany({ select: { repId: true }, orderBy: { repId: 'asc' } });
    expect(quotas.map((q) => q.repId)).toEqual(subtree);
    const calls = await ctx.prisma.forecastSubmission.findMany({
      select: { ownerId: true },
      orderBy: { ownerId: 'asc' },
    });
    expect(calls.map((c) => c.ownerId)).toEqual(subtree);
    const nested = await ctx.prisma.salesPlan.findMany({
      include: { quotas: true, _count: { select: { quotas: true } } },
    });
    expect(nested[0]?.quotas.map((q) => q.repId).sort((a, b) => a - b)).toEqual(subtree);
    expect(nested[0]?._count.quotas).toBe(subtree.length);
    const [peerQuota] = await db.sql.query<{ id: number }>('SELECT id FROM "Quota" WHERE "repId" = $1', [fx.reps[2]]);
    const res = await client.request<{ node: unknown }>(
      'query($id: ID!) { node(id: $id) { id } }',
      { id: toGlobalId('Quota', peerQuota?.id as number) },
      as(await keyFor(manager)),
    );
    expect(res.data?.node).toBeNull();
  });

  it('refuses writes that would create or move a row outside the caller’s visibility', async () => {
    const [ada, bob] = fx.reps as [number, number];
    const ctx = await contextFor(await keyFor(ada, [...READER, 'write:forecast']));
    await expect(
      ctx.prisma.forecastSubmission.create({
        data: {
          organizationId: fx.organizationId,
          ownerId: bob,
          periodKey: 'FY2027-Q1',
          category: 'COMMIT',
          amount: '1',
          submittedBy: 'x',
        },
      }),
    ).rejects.toMatchObject({ userError: { code: 'FORBIDDEN' } });
    const mine = await ctx.prisma.forecastSubmission.create({
      data: {
        organizationId: fx.organizationId,
        ownerId: ada,
        periodKey: 'FY2027-Q2',
        category: 'COMMIT',
        amount: '1',
        submittedBy: 'x',
      },
    });
    await expect(
      ctx.prisma.forecastSubmission.update({ where: { id: mine.id }, data: { ownerId: bob } }),
    ).rejects.toMatchObject({
      userError: { code: 'FORBIDDEN' },
    });
    const [bobCall] = await db.sql.query<{ id: number }>('SELECT id FROM "ForecastSubmission" WHERE "ownerId" = $1', [
      bob,
    ]);
    const changed = await ctx.prisma.forecastSubmission.updateMany({
      where: { id: bobCall?.id },
      data: { amount: '0' },
    });
    expect(changed.count).toBe(0);
    await ctx.prisma.forecastSubmission.delete({ where: { id: mine.id } });
  });
});

describe('pay', () => {
  const payRepsOf = async (ctx: Context) => ({
    lines: (await ctx.prisma.payoutLine.findMany({ orderBy: { repId: 'asc' } })).map((l) => l.repId),
    assignments: (await ctx.prisma.compAssignment.findMany({ orderBy: { repId: 'asc' } })).map((a) => a.repId),
    adjustments: (await ctx.prisma.payoutAdjustment.findMany({ orderBy: { repId: 'asc' } })).map((a) => a.repId),
    nested: (
      await ctx.prisma.payoutRun.findMany({ include: { lines: true, _count: { select: { lines: true } } } })
    ).flatMap((r) => [...r.lines.map((l) => l.repId), `count ${r._count.lines}`]),
  });

  it("is never visible to a peer, through lists, nested lists, counts or a rep's relations", async () => {
    const [ada, bob, cy] = fx.reps as [number, number, number];
    const ctx = await contextFor(await keyFor(ada));
    expect(await payRepsOf(ctx)).toEqual({
      lines: [ada],
      assignments: [ada],
      adjustments: [ada],
      nested: [ada, 'count 1'],
    });
    const peer = await ctx.prisma.rep.findUnique({
      where: { id: bob },
      include: { payoutLines: true, compAssignments: true, payoutAdjustments: true, disputes: true },
    });
    expect(peer).toMatchObject({ payoutLines: [], compAssignments: [], payoutAdjustments: [], disputes: [] });
    expect(await ctx.prisma.payoutLine.findUnique({ where: { id: payoutLine.get(cy) as number } })).toBeNull();
    // A dispute Ada may see that names Bob's line: the line is withheld (to-one relation).
    const disputes = await ctx.prisma.dispute.findMany({ include: { payoutLine: true }, orderBy: { id: 'asc' } });
    expect(disputes.map((x) => x.payoutLine?.repId ?? null)).toEqual([ada, null]);
    const selected = await ctx.prisma.dispute.findMany({
      select: { reason: true, payoutLine: { select: { amount: true } } },
      orderBy: { id: 'asc' },
    });
    expect(selected.map((x) => x.payoutLine === null)).toEqual([false, true]);
  });

  it('cannot be read through node(id) or nodes(ids), nor exported page by page, by a peer', async () => {
    const [ada, bob, cy] = fx.reps as [number, number, number];
    const token = await keyFor(ada);
    const gid = (rep: number) => toGlobalId('PayoutLine', payoutLine.get(rep) as number);
    const node = await client.request<{ node: { id: string; amount: string } | null }>(
      'query($id: ID!) { node(id: $id) { id ... on PayoutLine { amount } } }',
      { id: gid(bob) },
      as(token),
    );
    expect(node.data?.node).toBeNull();
    const many = await client.request<{ nodes: ({ id: string } | null)[] }>(
      'query($ids: [ID!]!) { nodes(ids: $ids) { id } }',
      { ids: [ada, bob, cy].map(gid) },
      as(token),
    );
    expect(many.data?.nodes).toEqual([{ id: gid(ada) }, null, null]);
    // An extract of the run's lines, one per page, as a BI tool runs it with the SDK's helpers.
    const LINES = `query($run: ID!, $after: String) { node(id: $run) { ... on PayoutRun {
      lines(first: 1, after: $after) { edges { node { id amount rep { id } } } pageInfo { hasNextPage endCursor } } } } }`;
    type Line = { id: string; amount: string; rep: { id: string } };
    let pages = 0;
    const lines = paginate<Line>(async (after) => {
      pages += 1;
      const res = await client.request<{ node: { lines: PageOf<Line> } }>(
        LINES,
        { run: toGlobalId('PayoutRun', payoutRunId), after },
        as(token),
      );
      if (res.errors) throw new Error(JSON.stringify(res.errors));
      return (res.data as { node: { lines: PageOf<Line> } }).node.lines;
    });
    const csv = (await collect(exportRows(lines, { format: 'csv', columns: ['id', 'rep.id', 'amount'] }))).join('');
    const [own] = await db.sql.query<{ amount: string }>('SELECT amount::text FROM "PayoutLine" WHERE id = $1', [
      payoutLine.get(ada),
    ]);
    // Money goes out with its two decimals, as the numeric(18, 2) column prints it.
    expect(csv).toBe(`id,rep.id,amount\r\n${gid(ada)},${toGlobalId('Rep', ada)},${own?.amount}\r\n`);
    expect(pages).toBe(1);
    // The same extract of deals pages through exactly Ada's own and credited deals, as SQL has them.
    const DEALS = `query($after: String) { opportunities(first: 2, after: $after) {
      edges { node { id } } pageInfo { hasNextPage endCursor } } }`;
    const deals = paginate<{ id: string }>(async (after) => {
      const res = await client.request<{ opportunities: PageOf<{ id: string }> }>(DEALS, { after }, as(token));
      return (res.data as { opportunities: PageOf<{ id: string }> }).opportunities;
    });
    const exported = (await collect(exportRows(deals, { format: 'ndjson', columns: ['id'] })))
      .map((line) => decode((JSON.parse(line) as { id: string }).id))
      .sort((a, b) => a - b);
    expect(exported).toEqual(await dealsOf([ada]));
    expect(exported.length).toBeGreaterThan(2);
  });

  it('is visible to the managers above the rep, comp admins and admins; not without read:comp', async () => {
    const [ada, bob, cy] = fx.reps as [number, number, number];
    const m1 = await contextFor(await keyFor(fx.managers[0] as number));
    expect((await payRepsOf(m1)).lines).toEqual([ada, bob]);
    const vp = await contextFor(await keyFor(fx.vp));
    expect((await payRepsOf(vp)).lines).toEqual([ada, bob, cy]);
    const compAdmin = await contextFor(await keyFor(fx.reps[0] as number, ['write:comp']));
    expect((await payRepsOf(compAdmin)).lines).toEqual([ada, bob, cy]);
    const noComp = await contextFor(await keyFor(fx.vp, ['read:pipeline', 'read:people']));
    expect(await payRepsOf(noComp)).toEqual({ lines: [], assignments: [], adjustments: [], nested: ['count 0'] });
    // Sales ops sees every deal, not everyone's pay.
    const salesOps = await contextFor(await keyFor(ops));
    expect((await payRepsOf(salesOps)).lines).toEqual([]);
  });
});

describe('raw SQL helpers for analytics and statements', () => {
  it('filter sums the same way as the data layer', async () => {
    const manager = fx.managers[1] as number;
    const ctx = await contextFor(await keyFor(manager));
    const [row] = await ctx.prisma.$queryRaw<{ n: number; total: string }[]>(Prisma.sql`
      SELECT count(*)::int AS n, coalesce(sum(amount), 0)::text AS total FROM "Opportunity" o
       WHERE o."organizationId" = ${fx.organizationId}
         AND (${visibleRepSql(ctx.visibility.reps, Prisma.sql`o."ownerId"`)}
              OR EXISTS (SELECT 1 FROM "OpportunitySplit" s WHERE s."opportunityId" = o.id
                         AND ${visibleRepSql(ctx.visibility.reps, Prisma.sql`s."repId"`)}))`);
    const viaPrisma = await ctx.prisma.opportunity.aggregate({ _count: true, _sum: { amount: true } });
    expect(row?.n).toBe(viaPrisma._count);
    expect(Number(row?.total)).toBe(Number(viaPrisma._sum.amount ?? 0));
    expect(row?.n).toBe((await dealsOf(await subtreeSql(manager))).length);
    const [pay] = await ctx.prisma.$queryRaw<{ reps: number[] }[]>(Prisma.sql`
      SELECT coalesce(array_agg("repId" ORDER BY "repId"), '{}') AS reps FROM "PayoutLine" l
       WHERE l."organizationId" = ${fx.organizationId} AND ${visibleRepSql(ctx.visibility.pay, Prisma.sql`l."repId"`)}`);
    expect(pay?.reps).toEqual([fx.reps[2]]);
  });
});

// Pay visibility (docs/security.md, Visibility): a DRAFT payout run and its lines are comp admins'
// (`write:comp`, `admin`) only. Reps see their own pay, managers their subtree's and an
// organization-level `read:comp` key (a payroll export) the organization's, all once a run is
// approved; a top manager, whose subtree is everyone, sees no more than that. Every path is checked
// against SQL over the same rows: payoutRuns, payoutRun, node(id), nodes, a run's lines and
// summary, payoutStatement, payoutAdjustments (pending or not) and disputes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issueApiKey } from '../api/src/access/api-keys.js';
import { toGlobalId } from '../api/src/shared/ids.js';
import { Decimal } from '../api/src/shared/scalars.js';
import { createTestDatabase, type TestDatabase } from './support/databases.js';
import { buildCoreFixture, type CoreFixture } from './support/fixture.js';
import { createTestClient, type TestClient } from './support/graphql.js';

let db: TestDatabase;
let fx: CoreFixture;
let client: TestClient;
const runs: Record<'approved' | 'paid' | 'draft', number> = { approved: 0, paid: 0, draft: 0 };

const d = (s: string) => new Date(`${s}T00:00:00Z`);
const PERIODS = {
  paid: ['FY2027-M01', '2026-02-01', '2026-03-01'],
  approved: ['FY2027-M02', '2026-03-01', '2026-04-01'],
  draft: ['FY2027-M03', '2026-04-01', '2026-05-01'],
} as const;

beforeAll(async () => {
  db = await createTestDatabase();
  fx = await buildCoreFixture(db.prisma, 4);
  const p = db.prisma;
  const org = fx.organizationId;
  const plan = await p.compPlan.create({ data: { organizationId: org, name: 'AE', effectiveStart: d('2026-02-01') } });
  const component = await p.compComponent.create({
    data: { organizationId: org, compPlanId: plan.id, name: 'Commission', kind: 'COMMISSION', period: 'MONTH' },
  });
  const everyone = [fx.vp, ...fx.managers, ...fx.reps];
  for (const status of ['PAID', 'APPROVED', 'DRAFT'] as const) {
    const which = status === 'PAID' ? 'paid' : status === 'APPROVED' ? 'approved' : 'draft';
    const [periodKey, start, end] = PERIODS[which];
    const run = await p.payoutRun.create({
      data: { organizationId: org, periodKey, periodStart: d(start), periodEnd: d(end), status },
    });
    runs[which] = run.id;
    for (const [i, repId] of everyone.entries()) {
      const line = await p.payoutLine.create({
        data: {
          organizationId: org,
          payoutRunId: run.id,
          repId,
          componentId: component.id,
          kind: 'COMMISSION',
          amount: `${100 * (i + 1) + (status === 'DRAFT' ? 7 : 0)}.25`,
          explanation: { periodKey, summary: 'x', steps: [] },
        },
      });
      if (status !== 'DRAFT') {
        await p.dispute.create({ data: { organizationId: org, repId, payoutLineId: line.id, reason: 'check' } });
      }
    }
  }
  // Each rep: one adjustment paid by the approved run, one a draft run picked up, one pending.
  for (const repId of everyone) {
    for (const payoutRunId of [runs.approved, runs.draft, null]) {
      await p.payoutAdjustment.create({
        data: { organizationId: org, repId, payoutRunId, amount: '12.50', reason: 'fix', createdBy: 'test' },
      });
    }
  }
  client = await createTestClient(db);
});
afterAll(async () => {
  await client?.close();
  await db?.destroy();
});

type Caller = 'rep' | 'manager' | 'topManager' | 'payrollKey' | 'compAdmin';

async function token(caller: Caller): Promise<string> {
  const [repId, scopes] = {
    rep: [fx.reps[0], ['read:comp', 'read:people']],
    manager: [fx.managers[0], ['read:comp', 'read:people']],
    topManager: [fx.vp, ['read:comp', 'read:people']],
    payrollKey: [null, ['read:comp']],
    compAdmin: [null, ['write:comp', 'read:people']],
  }[caller] as [number | null, string[]];
  const key = await issueApiKey(db.sql, {
    organizationId: fx.organizationId,
    name: caller,
    scopes: scopes as never,
    repId,
  });
  return key.token;
}

/** The reps whose pay the caller sees, and whether it sees drafts, written out from the docs' rule. */
async function expectedAudience(caller: Caller): Promise<{ reps: number[]; drafts: boolean }> {
  const all = await db.sql.query<{ id: number }>('SELECT id FROM "Rep" WHERE "organizationId" = $1 ORDER BY id', [
    fx.organizationId,
  ]);
  const subtree = async (root: number) =>
    (
      await db.sql.query<{ id: number }>(
        `SELECT r.id FROM "Rep" r LEFT JOIN "Rep" m1 ON r."managerId" = m1.id LEFT JOIN "Rep" m2 ON m1."managerId" = m2.id
          WHERE r.id = $1 OR m1.id = $1 OR m2.id = $1 ORDER BY r.id`,
        [root],
      )
    ).map((r) => r.id);
  if (caller === 'rep') return { reps: [fx.reps[0] as number], drafts: false };
  if (caller === 'manager') return { reps: await subtree(fx.managers[0] as number), drafts: false };
  if (caller === 'topManager') return { reps: await subtree(fx.vp), drafts: false };
  return { reps: all.map((r) => r.id), drafts: caller === 'compAdmin' };
}

/** Ids of `table`'s rows of these reps, as SQL has them. */
async function rowsOf(table: 'PayoutAdjustment' | 'Dispute', reps: number[]): Promise<number[]> {
  const rows = await db.sql.query<{ id: number }>(
    `SELECT id FROM "${table}" WHERE "organizationId" = $1 AND "repId" = ANY($2::int[]) ORDER BY id`,
    [fx.organizationId, reps],
  );
  return rows.map((r) => r.id);
}

const decode = (gid: string) => Number(Buffer.from(gid, 'base64').toString().split(':')[1]);
const ids = (nodes: { id: string }[]) => nodes.map((n) => decode(n.id)).sort((a, b) => a - b);

async function ask<T>(tokenValue: string, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const res = await client.request<T>(query, variables, { authorization: `Bearer ${tokenValue}` });
  expect(res.errors).toBeUndefined();
  return res.data as T;
}

const RUNS = `{
  payoutRuns(first: 10) { totalCount edges { node { id status } } }
  draftByPeriod: payoutRun(periodKey: "FY2027-M03") { id status }
  approvedByPeriod: payoutRun(periodKey: "FY2027-M02") { id }
}`;
const NODES = `query($draft: ID!, $approved: ID!, $draftLine: ID!) {
  draft: node(id: $draft) { id ... on PayoutRun { status } }
  both: nodes(ids: [$draft, $approved]) { id }
  draftLine: node(id: $draftLine) { id }
}`;
const LINES = `query($run: ID!) { node(id: $run) { ... on PayoutRun {
  summary { total lineCount }
  lines(first: 100) { totalCount edges { node { id } } } } } }`;
const STATEMENT = `query($rep: ID!, $period: String!) { payoutStatement(repId: $rep, periodKey: $period) {
  payoutRun { id } lines { id } yearToDate { periodKeys total } } }`;
const ADJUSTMENTS = `{
  all: payoutAdjustments(first: 100) { totalCount edges { node { id payoutRun { id status } } } }
  pending: payoutAdjustments(first: 100, filter: { pending: true }) { edges { node { id } } }
  paid: payoutAdjustments(first: 100, filter: { pending: false }) { edges { node { id } } }
  disputes(first: 100) { totalCount edges { node { id payoutLine { id } } } }
}`;

type Connection = { totalCount: number; edges: { node: { id: string } }[] };

const CALLERS: Caller[] = ['rep', 'manager', 'topManager', 'payrollKey', 'compAdmin'];

describe('pay visibility', () => {
  it.each(CALLERS)('%s: runs, run by period and node(id) show drafts to comp admins only', async (caller) => {
    const t = await token(caller);
    const { drafts } = await expectedAudience(caller);
    const expectedRuns = (
      await db.sql.query<{ id: number }>(
        `SELECT id FROM "PayoutRun" WHERE "organizationId" = $1 AND ($2 OR status <> 'DRAFT') ORDER BY id`,
        [fx.organizationId, drafts],
      )
    ).map((r) => r.id);
    const data = await ask<{
      payoutRuns: { totalCount: number; edges: { node: { id: string; status: string } }[] };
      draftByPeriod: { id: string } | null;
      approvedByPeriod: { id: string } | null;
    }>(t, RUNS);
    expect(ids(data.payoutRuns.edges.map((e) => e.node))).toEqual(expectedRuns);
    expect(data.payoutRuns.totalCount).toBe(expectedRuns.length);
    expect(data.draftByPeriod === null).toBe(!drafts);
    expect(data.approvedByPeriod?.id).toBe(toGlobalId('PayoutRun', runs.approved));

    const [draftLine] = await db.sql.query<{ id: number }>(
      'SELECT id FROM "PayoutLine" WHERE "payoutRunId" = $1 AND "repId" = $2',
      [runs.draft, fx.reps[0]],
    );
    const nodes = await ask<{
      draft: { id: string; status: string } | null;
      both: ({ id: string } | null)[];
      draftLine: { id: string } | null;
    }>(t, NODES, {
      draft: toGlobalId('PayoutRun', runs.draft),
      approved: toGlobalId('PayoutRun', runs.approved),
      draftLine: toGlobalId('PayoutLine', draftLine?.id as number),
    });
    expect(nodes.draft).toEqual(drafts ? { id: toGlobalId('PayoutRun', runs.draft), status: 'DRAFT' } : null);
    expect(nodes.both.map((n) => n?.id ?? null)).toEqual([
      drafts ? toGlobalId('PayoutRun', runs.draft) : null,
      toGlobalId('PayoutRun', runs.approved),
    ]);
    expect(nodes.draftLine === null).toBe(!drafts);
  });

  it.each(CALLERS)("%s: a run's lines and summary cover exactly the pay SQL says it sees", async (caller) => {
    const t = await token(caller);
    const { reps, drafts } = await expectedAudience(caller);
    for (const run of drafts ? [runs.approved, runs.draft] : [runs.approved]) {
      const expected = await db.sql.query<{ id: number; amount: string }>(
        `SELECT id, amount::text FROM "PayoutLine" WHERE "payoutRunId" = $1 AND "repId" = ANY($2::int[]) ORDER BY id`,
        [run, reps],
      );
      const data = await ask<{ node: { summary: { total: string; lineCount: number }; lines: Connection } }>(t, LINES, {
        run: toGlobalId('PayoutRun', run),
      });
      expect(ids(data.node.lines.edges.map((e) => e.node))).toEqual(expected.map((r) => r.id));
      expect(data.node.lines.totalCount).toBe(expected.length);
      expect(data.node.summary.lineCount).toBe(expected.length);
      const total = expected.reduce((sum, r) => sum.plus(r.amount), new Decimal(0));
      expect(new Decimal(data.node.summary.total).equals(total)).toBe(true);
    }
  });

  it.each(CALLERS)('%s: statements leave a draft period out, and the year to date with it', async (caller) => {
    const t = await token(caller);
    const { reps, drafts } = await expectedAudience(caller);
    for (const repId of reps) {
      const data = await ask<{
        payoutStatement: {
          payoutRun: { id: string } | null;
          lines: { id: string }[];
          yearToDate: { periodKeys: string[]; total: string };
        };
      }>(t, STATEMENT, { rep: toGlobalId('Rep', repId), period: 'FY2027-M03' });
      const draftLines = await db.sql.query<{ id: number }>(
        'SELECT id FROM "PayoutLine" WHERE "payoutRunId" = $1 AND "repId" = $2 ORDER BY id',
        [runs.draft, repId],
      );
      expect(data.payoutStatement.payoutRun?.id ?? null).toBe(drafts ? toGlobalId('PayoutRun', runs.draft) : null);
      expect(ids(data.payoutStatement.lines)).toEqual(drafts ? draftLines.map((r) => r.id) : []);
      // The year to date: the paid and approved months, and the draft for comp admins only.
      const [ytd] = await db.sql.query<{ total: string; keys: string[] }>(
        `SELECT sum(l.amount)::text AS total, array_agg(DISTINCT r."periodKey" ORDER BY r."periodKey") AS keys
           FROM "PayoutLine" l JOIN "PayoutRun" r ON r.id = l."payoutRunId"
          WHERE l."organizationId" = $1 AND l."repId" = $2 AND ($3 OR r.status <> 'DRAFT')`,
        [fx.organizationId, repId, drafts],
      );
      expect(data.payoutStatement.yearToDate.periodKeys).toEqual(ytd?.keys);
      expect(new Decimal(data.payoutStatement.yearToDate.total).equals(new Decimal(ytd?.total as string))).toBe(true);
    }
  });

  it.each(CALLERS)('%s: adjustments and disputes within pay visibility, a draft run never named', async (caller) => {
    const t = await token(caller);
    const { reps, drafts } = await expectedAudience(caller);
    const data = await ask<{
      all: { totalCount: number; edges: { node: { id: string; payoutRun: { id: string; status: string } | null } }[] };
      pending: Connection;
      paid: Connection;
      disputes: Connection;
    }>(t, ADJUSTMENTS);
    const adjustments = await rowsOf('PayoutAdjustment', reps);
    expect(ids(data.all.edges.map((e) => e.node))).toEqual(adjustments);
    expect(data.all.totalCount).toBe(adjustments.length);
    const runOf = await db.sql.query<{ id: number; run: number | null }>(
      `SELECT a.id, CASE WHEN $2 OR r.status <> 'DRAFT' THEN a."payoutRunId" END AS run
         FROM "PayoutAdjustment" a LEFT JOIN "PayoutRun" r ON r.id = a."payoutRunId"
        WHERE a."organizationId" = $1 AND a."repId" = ANY($3::int[]) ORDER BY a.id`,
      [fx.organizationId, drafts, reps],
    );
    const shown = data.all.edges.map((e) => [decode(e.node.id), e.node.payoutRun && decode(e.node.payoutRun.id)]);
    expect(shown.sort((x, y) => Number(x[0]) - Number(y[0]))).toEqual(runOf.map((r) => [r.id, r.run]));
    expect(ids(data.paid.edges.map((e) => e.node))).toEqual(runOf.filter((r) => r.run != null).map((r) => r.id));
    expect(ids(data.pending.edges.map((e) => e.node))).toEqual(runOf.filter((r) => r.run == null).map((r) => r.id));
    const disputes = await rowsOf('Dispute', reps);
    expect(ids(data.disputes.edges.map((e) => e.node))).toEqual(disputes);
    expect(data.disputes.totalCount).toBe(disputes.length);
  });

  it('a rep outside the subtree is refused a statement, as an unknown rep is', async () => {
    const t = await token('manager');
    const res = await client.request(
      STATEMENT,
      { rep: toGlobalId('Rep', fx.reps[2] as number), period: 'FY2027-M02' },
      { authorization: `Bearer ${t}` },
    );
    expect(res.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});

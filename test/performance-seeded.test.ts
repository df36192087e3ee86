// Performance metrics on the seeded demo dataset (60 people, 15,000 deals with splits, overlays,
// monthly and quarterly quotas, three plans) against independent SQL: one straightforward query
// per metric, written here without the service's CTEs, with quotas chosen by key and derived
// ratios computed in the test. Every metric, every grouping, several scopes, a trend, the
// comparison, the attainment distribution and the ramp.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ORGANIZATION_WIDE, onlyReps } from '../api/src/access/visibility.js';
import { Prisma } from '../api/src/generated/prisma/client.js';
import { attainmentDistribution } from '../api/src/performance/distribution.js';
import type { Grouping } from '../api/src/performance/metrics.js';
import { newHireRamp } from '../api/src/performance/ramp.js';
import {
  type PerformanceContext,
  type PerformanceRow,
  performance,
  performanceComparison,
  performanceTrend,
  type ScopeInput,
} from '../api/src/performance/service.js';
import { seed } from '../api/src/seed/cli.js';
import { childPeriods, type Period, parsePeriodKey, trailingPeriods } from '../api/src/shared/calendar.js';
import { tenantPrisma } from '../api/src/shared/tenant.js';
import { createTestDatabase, type TestDatabase } from './support/databases.js';

const D = Prisma.Decimal.clone({ precision: 60, rounding: Prisma.Decimal.ROUND_HALF_UP });
type Dec = InstanceType<typeof D>;

let db: TestDatabase;
let ctx: PerformanceContext;
let org: number;
const START_MONTH = 2;

beforeAll(async () => {
  db = await createTestDatabase();
  await seed(db, { size: 'demo', progress: false });
  // Fresh statistics, as autovacuum would gather them on a server (PGlite has none): without them
  // the planner misjudges the credit rows and nested-loops the independent queries.
  await db.sql.query('ANALYZE');
  const [row] = await db.sql.query<{ id: number }>('SELECT id FROM "Organization" ORDER BY id LIMIT 1');
  org = (row as { id: number }).id;
  ctx = {
    prisma: tenantPrisma(db.prisma, org),
    organizationId: org,
    fiscalYearStartMonth: START_MONTH,
    visibility: ORGANIZATION_WIDE,
  };
}, 300_000);
afterAll(async () => {
  await db?.destroy();
});

const period = (key: string) => parsePeriodKey(key, START_MONTH);
const day = (d: Date) => d.toISOString().slice(0, 10);

// ---------------------------------------------------------------- independent expectations

interface Expected {
  bookings: string;
  quota: string;
  attainment: string | null;
  wonCount: number;
  lostCount: number;
  winRate: string | null;
  avgDealSize: string | null;
  salesCycleDays: string | null;
  pipelineCreated: string;
  openPipeline: string;
  openCount: number;
  weightedPipeline: string;
  coverage: string | null;
  velocity: string | null;
}

type Key = Grouping | 'TOTAL';

interface Filter {
  /** Credited reps must be in this set. */
  repIds?: number[];
  region?: string;
  /** Deals of accounts in these territories, credited to reps PRIMARY in one of them. */
  territoryIds?: number[];
  /** Measure this product's line items. */
  productId?: number;
}

/**
 * `x` (positive) to the cent, half to even (docs/design.md §11): PostgreSQL's round goes half up,
 * so an exact half cent whose cent digit is even is taken back down.
 */
const cents = (x: string) =>
  `(round(${x}, 2) - CASE WHEN (${x}) * 1000 = trunc((${x}) * 1000) AND trunc((${x}) * 1000) % 10 = 5
                           AND trunc((${x}) * 100) % 2 = 0 THEN 0.01 ELSE 0 END)`;

/** The reps PRIMARY in a territory at some time in [$2, $3): a territory measures these (§5). */
const PRIMARY = `SELECT "repId" AS rep, "territoryId" AS t FROM "TerritoryAssignment"
  WHERE "organizationId" = $1 AND role = 'PRIMARY' AND "startDate" < $3::date AND ("endDate" IS NULL OR "endDate" > $2::date)`;

/** Group key and joins of the independent queries, per grouping. */
function keyOf(grouping: Key, filter: Filter): { key: string; amount: string; overlay: boolean; lines: boolean } {
  const lines = grouping === 'PRODUCT' || filter.productId != null;
  const amount = lines ? 'li.total' : 'o.amount';
  switch (grouping) {
    case 'REP':
      return { key: 'c.rep::text', amount, overlay: true, lines };
    case 'MANAGER':
      // A manager's own credit is their row; anyone else's is their manager's.
      return {
        key: `CASE WHEN r.role IN ('MANAGER', 'EXECUTIVE') THEN r.id::text ELSE coalesce(r."managerId"::text, '') END`,
        amount,
        overlay: false,
        lines,
      };
    case 'REGION':
      return { key: 'r.region', amount, overlay: false, lines };
    case 'SEGMENT':
      return { key: `coalesce(r.segment::text, '')`, amount, overlay: false, lines };
    case 'TERRITORY':
      // The account's territory when the rep is PRIMARY there; "No territory" ('') when the rep is
      // PRIMARY nowhere; otherwise no row (the territory's overlay credit).
      return {
        key: `CASE WHEN EXISTS (SELECT 1 FROM (${PRIMARY}) p WHERE p.rep = c.rep AND p.t = a."territoryId")
                   THEN a."territoryId"::text
                   WHEN NOT EXISTS (SELECT 1 FROM (${PRIMARY}) p WHERE p.rep = c.rep) THEN '' END`,
        amount,
        overlay: false,
        lines,
      };
    case 'PRODUCT':
      return { key: 'li."productId"::text', amount, overlay: false, lines };
    case 'TYPE':
      return { key: 'o.type::text', amount, overlay: false, lines };
    case 'ACCOUNT_INDUSTRY':
      return { key: 'a.industry', amount, overlay: false, lines };
    case 'ACCOUNT_SEGMENT':
      return { key: 'a.segment::text', amount, overlay: false, lines };
    default:
      return { key: `'TOTAL'`, amount, overlay: false, lines };
  }
}

/**
 * The credited rows of the organization's deals, one per (group, deal, credited rep, line): the
 * revenue splits, the owner when a deal has no revenue split, the overlay splits where they count.
 */
function baseSql(grouping: Key, filter: Filter): string {
  const k = keyOf(grouping, filter);
  const where = [
    k.overlay ? 'true' : 'NOT c.overlay',
    filter.repIds ? `c.rep = ANY('{${filter.repIds.join(',')}}'::int[])` : 'true',
    filter.region != null ? `r.region = '${filter.region}'` : 'true',
    filter.territoryIds
      ? `a."territoryId" = ANY('{${filter.territoryIds.join(',')}}'::int[])
         AND EXISTS (SELECT 1 FROM (${PRIMARY}) p WHERE p.rep = c.rep
                        AND p.t = ANY('{${filter.territoryIds.join(',')}}'::int[]))`
      : 'true',
    filter.productId != null ? `li."productId" = ${filter.productId}` : 'true',
    `(${k.key}) IS NOT NULL`,
  ].join(' AND ');
  return `
    WITH credit AS (
      SELECT s."opportunityId" AS opp, s."repId" AS rep, s.percent AS share, s."splitType" = 'OVERLAY' AS overlay
        FROM "OpportunitySplit" s WHERE s."organizationId" = $1
      UNION ALL
      SELECT o.id, o."ownerId", 1, false FROM "Opportunity" o
       WHERE o."organizationId" = $1
         AND NOT EXISTS (SELECT 1 FROM "OpportunitySplit" s WHERE s."opportunityId" = o.id AND s."splitType" = 'REVENUE')
    ),
    base AS (
      SELECT ${k.key} AS k, o.id AS opp, ${cents(`${k.amount} * c.share`)} AS credited, o.stage::text AS stage,
             o."createdDate" AS created, o."closeDate" AS closed
        FROM credit c
        JOIN "Opportunity" o ON o.id = c.opp
        JOIN "Rep" r ON r.id = c.rep
        JOIN "Account" a ON a.id = o."accountId"
        ${
          k.lines
            ? `JOIN (SELECT "opportunityId", "productId", sum("totalPrice") AS total FROM "OpportunityLineItem"
                      GROUP BY 1, 2) li ON li."opportunityId" = o.id`
            : ''
        }
       WHERE o."organizationId" = $1 AND ${where}
         AND ((o."closeDate" >= $2::date AND o."closeDate" < $3::date)
           OR (o."createdDate" >= $2::date AND o."createdDate" < $3::date))
    )`;
}

const CLOSED_IN = `closed >= $2::date AND closed < $3::date`;
const CREATED_IN = `created >= $2::date AND created < $3::date`;
const OPEN = `stage NOT IN ('CLOSED_WON', 'CLOSED_LOST')`;
const PROBABILITY = `CASE stage WHEN 'PROSPECTING' THEN 0.1 WHEN 'QUALIFICATION' THEN 0.2 WHEN 'DISCOVERY' THEN 0.4
  WHEN 'PROPOSAL' THEN 0.6 WHEN 'NEGOTIATION' THEN 0.8 ELSE 0 END`;

/** One query per metric: key -> value (as text). */
const METRIC_SQL: Record<string, string> = {
  bookings: `SELECT k, sum(credited)::text AS v FROM base WHERE stage = 'CLOSED_WON' AND ${CLOSED_IN} GROUP BY k`,
  wonCount: `SELECT k, count(DISTINCT opp)::text AS v FROM base WHERE stage = 'CLOSED_WON' AND ${CLOSED_IN} GROUP BY k`,
  lostCount: `SELECT k, count(DISTINCT opp)::text AS v FROM base WHERE stage = 'CLOSED_LOST' AND ${CLOSED_IN} GROUP BY k`,
  cycleSum: `SELECT k, sum(days)::text AS v FROM (SELECT DISTINCT k, opp, closed - created AS days FROM base
               WHERE stage = 'CLOSED_WON' AND ${CLOSED_IN}) t GROUP BY k`,
  pipelineCreated: `SELECT k, sum(credited)::text AS v FROM base WHERE ${CREATED_IN} GROUP BY k`,
  openPipeline: `SELECT k, sum(credited)::text AS v FROM base WHERE ${OPEN} AND ${CLOSED_IN} GROUP BY k`,
  openCount: `SELECT k, count(DISTINCT opp)::text AS v FROM base WHERE ${OPEN} AND ${CLOSED_IN} GROUP BY k`,
  weightedPipeline: `SELECT k, sum(${cents(`credited * ${PROBABILITY}`)})::text AS v FROM base WHERE ${OPEN} AND ${CLOSED_IN} GROUP BY k`,
};

async function planFor(fiscalYear: number): Promise<number | null> {
  const rows = await db.sql.query<{ id: number }>(
    `SELECT id FROM "SalesPlan" WHERE "organizationId" = $1 AND "fiscalYear" = $2 AND status = 'ACTIVE'
     UNION ALL
     SELECT * FROM (SELECT id FROM "SalesPlan" WHERE "organizationId" = $1 AND "fiscalYear" = $2 AND status = 'ARCHIVED'
                     ORDER BY "updatedAt" DESC, id DESC LIMIT 1) archived`,
    [org, fiscalYear],
  );
  return rows[0]?.id ?? null;
}

/** Each rep's quota for a period: the row of the period, else the sum of its parts' quotas. */
async function repQuotas(p: Period): Promise<Map<number, Dec>> {
  const plan = await planFor(p.fiscalYear);
  const rows = await db.sql.query<{ rep: number; key: string; amount: string }>(
    `SELECT "repId" AS rep, "periodKey" AS key, amount::text AS amount FROM "Quota"
      WHERE "organizationId" = $1 AND "salesPlanId" = $2`,
    [org, plan ?? -1],
  );
  const byRep = new Map<number, Map<string, Dec>>();
  for (const r of rows) {
    const m = byRep.get(r.rep) ?? new Map<string, Dec>();
    m.set(r.key, new D(r.amount));
    byRep.set(r.rep, m);
  }
  const quotaOf = (keys: Map<string, Dec>, q: Period): Dec | null => {
    const own = keys.get(q.key);
    if (own) return own;
    if (q.kind === 'MONTH') return null;
    const parts = childPeriods(q, q.kind === 'YEAR' ? 'QUARTER' : 'MONTH', START_MONTH)
      .map((c) => quotaOf(keys, c))
      .filter((x): x is Dec => x !== null);
    return parts.length ? parts.reduce((a, b) => a.plus(b), new D(0)) : null;
  };
  const out = new Map<number, Dec>();
  for (const [rep, keys] of byRep) {
    const q = quotaOf(keys, p);
    if (q) out.set(rep, q);
  }
  return out;
}

interface RepInfo {
  id: number;
  role: string;
  managerId: number | null;
  region: string;
  segment: string | null;
}

async function reps(): Promise<Map<number, RepInfo>> {
  const rows = await db.sql.query<RepInfo>(
    `SELECT id, role::text AS role, "managerId", region, segment::text AS segment FROM "Rep" WHERE "organizationId" = $1`,
    [org],
  );
  return new Map(rows.map((r) => [r.id, r]));
}

/** Quota per group: individual quotas (no MANAGER/EXECUTIVE); SE quotas only in the REP grouping. */
async function quotasByGroup(grouping: Key, p: Period, filter: Filter): Promise<Map<string, Dec>> {
  const out = new Map<string, Dec>();
  // No quota per product or per deal attribute (docs/design.md §5): those rows read 0.
  if (['PRODUCT', 'TYPE', 'ACCOUNT_INDUSTRY', 'ACCOUNT_SEGMENT'].includes(grouping) || filter.productId != null) {
    return out;
  }
  const info = await reps();
  const perRep = await repQuotas(p);
  const primary = await db.sql.query<{ rep: number; territory: number }>(
    `SELECT DISTINCT "repId" AS rep, "territoryId" AS territory FROM "TerritoryAssignment"
      WHERE "organizationId" = $1 AND role = 'PRIMARY' AND "startDate" < $3::date AND ("endDate" IS NULL OR "endDate" > $2::date)`,
    [org, day(p.start), day(p.end)],
  );
  for (const [repId, amount] of perRep) {
    const rep = info.get(repId) as RepInfo;
    if (rep.role === 'MANAGER' || rep.role === 'EXECUTIVE') continue;
    if (grouping !== 'REP' && rep.role === 'SE') continue;
    if (filter.repIds && !filter.repIds.includes(repId)) continue;
    if (filter.region != null && rep.region !== filter.region) continue;
    const territories = primary.filter((a) => a.rep === repId).map((a) => a.territory);
    if (filter.territoryIds && !territories.some((t) => filter.territoryIds?.includes(t))) continue;
    let keys: string[];
    switch (grouping) {
      case 'REP':
        keys = [String(repId)];
        break;
      case 'MANAGER':
        keys = [rep.managerId == null ? '' : String(rep.managerId)];
        break;
      case 'REGION':
        keys = [rep.region];
        break;
      case 'SEGMENT':
        keys = [rep.segment ?? ''];
        break;
      case 'TERRITORY': {
        const inScope = filter.territoryIds ? territories.filter((t) => filter.territoryIds?.includes(t)) : territories;
        keys = inScope.length ? inScope.map(String) : [''];
        break;
      }
      default:
        keys = ['TOTAL'];
    }
    for (const key of keys) out.set(key, (out.get(key) ?? new D(0)).plus(amount));
  }
  return out;
}

const text = (x: Dec | null) => (x === null ? null : new Prisma.Decimal(x.toFixed()).toFixed());
const div = (a: Dec, b: Dec, places: number) => (b.isZero() ? null : a.div(b).toDecimalPlaces(places));
/** Money per something (an average, a velocity): to the cent, half-even (§11). */
const perCent = (a: Dec, b: Dec) => (b.isZero() ? null : a.div(b).toDecimalPlaces(2, D.ROUND_HALF_EVEN));

async function expected(grouping: Key, p: Period, filter: Filter = {}): Promise<Map<string, Expected>> {
  const base = baseSql(grouping, filter);
  const values = new Map<string, Record<string, string>>();
  for (const [metric, query] of Object.entries(METRIC_SQL)) {
    const rows = await db.sql.query<{ k: string; v: string }>(`${base} ${query}`, [org, day(p.start), day(p.end)]);
    for (const r of rows) {
      const v = values.get(r.k) ?? {};
      v[metric] = r.v;
      values.set(r.k, v);
    }
  }
  const quotas = await quotasByGroup(grouping, p, filter);
  for (const key of quotas.keys()) if (!values.has(key)) values.set(key, {});
  const out = new Map<string, Expected>();
  for (const [key, v] of values) {
    const n = (name: string) => new D(v[name] ?? 0);
    const bookings = n('bookings');
    const quota = quotas.get(key) ?? new D(0);
    const won = n('wonCount');
    const lost = n('lostCount');
    const cycleSum = n('cycleSum');
    const open = n('openPipeline');
    const openCount = n('openCount');
    const remaining = quota.minus(bookings);
    out.set(key, {
      bookings: text(bookings) as string,
      quota: text(quota) as string,
      attainment: text(div(bookings, quota, 6)),
      wonCount: won.toNumber(),
      lostCount: lost.toNumber(),
      winRate: text(div(won, won.plus(lost), 6)),
      avgDealSize: text(perCent(bookings, won)),
      salesCycleDays: text(div(cycleSum, won, 2)),
      pipelineCreated: text(n('pipelineCreated')) as string,
      openPipeline: text(open) as string,
      openCount: openCount.toNumber(),
      weightedPipeline: text(n('weightedPipeline')) as string,
      coverage: remaining.greaterThan(0) ? text(div(open, remaining, 6)) : null,
      velocity: text(perCent(openCount.times(bookings).times(won), won.plus(lost).times(cycleSum))),
    });
  }
  return out;
}

function actual(row: PerformanceRow): Expected {
  const t = (x: { toFixed(): string } | null) => (x === null ? null : x.toFixed());
  return {
    bookings: row.bookings.toFixed(),
    quota: row.quota.toFixed(),
    attainment: t(row.attainment),
    wonCount: row.wonCount,
    lostCount: row.lostCount,
    winRate: t(row.winRate),
    avgDealSize: t(row.avgDealSize),
    salesCycleDays: t(row.salesCycleDays),
    pipelineCreated: row.pipelineCreated.toFixed(),
    openPipeline: row.openPipeline.toFixed(),
    openCount: row.openCount,
    weightedPipeline: row.weightedPipeline.toFixed(),
    coverage: t(row.coverage),
    velocity: t(row.velocity),
  };
}

const sorted = (m: Map<string, Expected>) => Object.fromEntries([...m.entries()].sort(([a], [b]) => (a < b ? -1 : 1)));

// ---------------------------------------------------------------- tests

const ATTRIBUTE_GROUPINGS = [
  'REP',
  'MANAGER',
  'TERRITORY',
  'REGION',
  'SEGMENT',
  'PRODUCT',
  'TYPE',
  'ACCOUNT_INDUSTRY',
  'ACCOUNT_SEGMENT',
] as const;
const DEAL_GROUPINGS = ['TYPE', 'ACCOUNT_INDUSTRY', 'ACCOUNT_SEGMENT'] as const;

describe.each(['FY2027-Q4', 'FY2027-Q2'])('%s against independent SQL', (key) => {
  it.each(ATTRIBUTE_GROUPINGS)('grouped by %s, with the total', async (grouping) => {
    const p = period(key);
    const report = await performance(ctx, { period: key, groupBy: grouping });
    const want = await expected(grouping, p);
    expect(want.size).toBeGreaterThan(1);
    expect(sorted(new Map(report.rows.map((r) => [r.key, actual(r)])))).toEqual(sorted(want));
    const total = (await expected('TOTAL', p)).get('TOTAL');
    expect(actual(report.total)).toEqual(total);
  });
});

describe('deal groupings as a manager-bound and a rep-bound caller, against independent SQL', () => {
  // The service restricts every statement to the visible reps (ctx.visibility, as the API
  // resolves it from the caller's key); the independent queries restrict the credited reps the same way.
  it.each(DEAL_GROUPINGS)('grouped by %s: each group counts only the visible credit', async (grouping) => {
    const [manager] = await db.sql.query<{ id: number }>(
      `SELECT m.id FROM "Rep" m WHERE m."organizationId" = $1 AND m.role = 'MANAGER'
          AND EXISTS (SELECT 1 FROM "Rep" r WHERE r."managerId" = m.id) ORDER BY m.id LIMIT 1`,
      [org],
    );
    const managerId = (manager as { id: number }).id;
    const team = (
      await db.sql.query<{ id: number }>(`SELECT id FROM "Rep" WHERE id = $1 OR "managerId" = $1 ORDER BY id`, [
        managerId,
      ])
    ).map((r) => r.id);
    // The team's AE owning the most deals: a rep-bound caller with credit in several groups.
    const [ae] = await db.sql.query<{ id: number }>(
      `SELECT r.id FROM "Rep" r JOIN "Opportunity" o ON o."ownerId" = r.id
        WHERE r."managerId" = $1 AND r.role = 'AE' GROUP BY r.id ORDER BY count(*) DESC, r.id LIMIT 1`,
      [managerId],
    );
    const rep = (ae as { id: number }).id;
    const p = period('FY2027-Q4');
    for (const visible of [team, [rep]]) {
      const report = await performance(
        { ...ctx, visibility: { ...ORGANIZATION_WIDE, reps: onlyReps(visible) } },
        { period: p.key, groupBy: grouping },
      );
      const want = await expected(grouping, p, { repIds: visible });
      expect(want.size).toBeGreaterThan(1);
      expect(sorted(new Map(report.rows.map((r) => [r.key, actual(r)])))).toEqual(sorted(want));
      expect(actual(report.total)).toEqual((await expected('TOTAL', p, { repIds: visible })).get('TOTAL'));
    }
  });
});

describe('time groupings against independent SQL', () => {
  it('FY2027 by QUARTER and FY2027-Q4 by MONTH: each row is the total of its period', async () => {
    for (const [key, grouping] of [
      ['FY2027', 'QUARTER'],
      ['FY2027-Q4', 'MONTH'],
    ] as const) {
      const report = await performance(ctx, { period: key, groupBy: grouping });
      const children = childPeriods(period(key), grouping, START_MONTH);
      expect(report.rows.map((r) => r.key)).toEqual(children.map((c) => c.key));
      for (const [i, child] of children.entries()) {
        expect(actual(report.rows[i] as PerformanceRow)).toEqual((await expected('TOTAL', child)).get('TOTAL'));
      }
      expect(actual(report.total)).toEqual((await expected('TOTAL', period(key))).get('TOTAL'));
    }
  });

  it('a trend of 8 quarters (three fiscal years, two of them ARCHIVED plans)', async () => {
    const trend = await performanceTrend(ctx, { period: 'FY2027-Q4', periods: 8 });
    const periods = trailingPeriods(period('FY2027-Q4'), 8, START_MONTH);
    expect(trend.points.map((p) => p.period.key)).toEqual(periods.map((p) => p.key));
    for (const [i, p] of periods.entries()) {
      expect(actual(trend.points[i]?.total as PerformanceRow)).toEqual((await expected('TOTAL', p)).get('TOTAL'));
    }
  });
});

describe('scopes against independent SQL', () => {
  it("a first-line manager's subtree, by REP", async () => {
    const [manager] = await db.sql.query<{ id: number }>(
      `SELECT id FROM "Rep" WHERE "organizationId" = $1 AND role = 'MANAGER' ORDER BY id LIMIT 1`,
      [org],
    );
    const managerId = (manager as { id: number }).id;
    const team = (
      await db.sql.query<{ id: number }>(`SELECT id FROM "Rep" WHERE id = $1 OR "managerId" = $1`, [managerId])
    ).map((r) => r.id);
    const p = period('FY2027-Q3');
    const report = await performance(ctx, { period: p.key, groupBy: 'REP', scope: { repId: managerId } });
    expect(sorted(new Map(report.rows.map((r) => [r.key, actual(r)])))).toEqual(
      sorted(await expected('REP', p, { repIds: team })),
    );
    expect(actual(report.total)).toEqual((await expected('TOTAL', p, { repIds: team })).get('TOTAL'));
  });

  it('a territory with its children, a region, and a product', async () => {
    const p = period('FY2027-Q4');
    const [parent] = await db.sql.query<{ id: number }>(
      `SELECT t.id FROM "Territory" t WHERE t."organizationId" = $1
          AND EXISTS (SELECT 1 FROM "Territory" c WHERE c."parentId" = t.id)
          AND EXISTS (SELECT 1 FROM "Account" a JOIN "Territory" c ON c.id = a."territoryId" WHERE c."parentId" = t.id)
        ORDER BY t.id DESC LIMIT 1`,
      [org],
    );
    const territoryId = (parent as { id: number }).id;
    const children = (
      await db.sql.query<{ id: number }>(`SELECT id FROM "Territory" WHERE id = $1 OR "parentId" = $1`, [territoryId])
    ).map((r) => r.id);
    const grandchildren = await db.sql.query<{ id: number }>(
      `SELECT id FROM "Territory" WHERE "parentId" = ANY($1::int[]) AND NOT (id = ANY($1::int[]))`,
      [children],
    );
    expect(grandchildren).toEqual([]);
    const [region] = await db.sql.query<{ region: string }>(
      `SELECT region FROM "Rep" WHERE "organizationId" = $1 ORDER BY id DESC LIMIT 1`,
      [org],
    );
    const [product] = await db.sql.query<{ id: number }>(
      `SELECT "productId" AS id FROM "OpportunityLineItem" WHERE "organizationId" = $1
        GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1`,
      [org],
    );
    const cases: [ScopeInput, Filter][] = [
      [{ territoryId }, { territoryIds: children }],
      [{ region: (region as { region: string }).region }, { region: (region as { region: string }).region }],
      [{ productId: (product as { id: number }).id }, { productId: (product as { id: number }).id }],
    ];
    for (const [scope, filter] of cases) {
      const report = await performance(ctx, { period: p.key, scope, groupBy: 'REGION' });
      expect(actual(report.total)).toEqual((await expected('TOTAL', p, filter)).get('TOTAL'));
      expect(sorted(new Map(report.rows.map((r) => [r.key, actual(r)])))).toEqual(
        sorted(await expected('REGION', p, filter)),
      );
    }
  });

  it('two regions side by side: the ratios are a / b of the independent totals', async () => {
    const regions = await db.sql.query<{ region: string }>(
      `SELECT DISTINCT region FROM "Rep" WHERE "organizationId" = $1 ORDER BY region LIMIT 2`,
      [org],
    );
    const [a, b] = regions.map((r) => r.region) as [string, string];
    const p = period('FY2027-Q2');
    const cmp = await performanceComparison(ctx, { period: p.key, a: { region: a }, b: { region: b } });
    const ea = (await expected('TOTAL', p, { region: a })).get('TOTAL') as Expected;
    const eb = (await expected('TOTAL', p, { region: b })).get('TOTAL') as Expected;
    expect(actual(cmp.a)).toEqual(ea);
    expect(actual(cmp.b)).toEqual(eb);
    for (const name of Object.keys(ea) as (keyof Expected)[]) {
      const x = ea[name];
      const y = eb[name];
      const want =
        x === null || y === null || new D(y).isZero() ? null : text(new D(x).div(new D(y)).toDecimalPlaces(6));
      expect([name, cmp.ratio[name]?.toFixed() ?? null]).toEqual([name, want]);
    }
  });
});

describe('attainment distribution against per-rep attainment from independent SQL', () => {
  it.each(['FY2027-Q2', 'FY2027'])('%s', async (key) => {
    const p = period(key);
    const improvement = '0.07';
    const dist = await attainmentDistribution(ctx, { period: key, improvement });
    // Per rep: independent bookings and won count (REP grouping) over an individual quota above 0.
    const rows = [...(await expected('REP', p)).entries()]
      .filter(([, e]) => new D(e.quota).greaterThan(0))
      .map(([rep, e]) => ({
        rep: Number(rep),
        bookings: new D(e.bookings),
        won: e.wonCount,
        att: new D(e.bookings).div(new D(e.quota)),
      }))
      .sort((x, y) => x.att.comparedTo(y.att) || x.rep - y.rep);
    const n = rows.length;
    expect(n).toBeGreaterThan(20);
    expect(dist.repCount).toBe(n);
    const percentile = (f: string) => {
      const h = new D(n - 1).times(f);
      const lo = h.floor().toNumber();
      const a = (rows[lo] as { att: Dec }).att;
      const b = (rows[Math.min(lo + 1, n - 1)] as { att: Dec }).att;
      return text(a.plus(h.minus(lo).times(b.minus(a))).toDecimalPlaces(6));
    };
    expect(dist.p10?.toFixed()).toBe(percentile('0.1'));
    expect(dist.p25?.toFixed()).toBe(percentile('0.25'));
    expect(dist.median?.toFixed()).toBe(percentile('0.5'));
    expect(dist.p75?.toFixed()).toBe(percentile('0.75'));
    expect(dist.p90?.toFixed()).toBe(percentile('0.9'));
    const mean = rows
      .reduce((s, r) => s.plus(r.att), new D(0))
      .div(n)
      .toDecimalPlaces(6);
    expect(dist.mean?.toFixed()).toBe(text(mean));
    const above = rows.filter((r) => r.att.greaterThanOrEqualTo(1)).length;
    expect(dist.repsAtOrAboveQuota).toBe(above);
    expect(dist.shareAtOrAboveQuota?.toFixed()).toBe(text(new D(above).div(n).toDecimalPlaces(6)));
    const counts = new Array(21).fill(0);
    for (const r of rows) counts[Math.min(20, r.att.times(10).floor().toNumber())]++;
    expect(dist.histogram.map((b) => b.repCount)).toEqual(counts);
    const cut = Math.floor(n * 0.2);
    const middle = rows.slice(cut, n - cut);
    const top = rows.slice(n - Math.ceil(n / 10));
    const middleBookings = middle.reduce((s, r) => s.plus(r.bookings), new D(0));
    const topGain = top.reduce(
      (s, r) => (r.won ? s.plus(r.bookings.div(r.won).toDecimalPlaces(2, D.ROUND_HALF_EVEN)) : s),
      new D(0),
    );
    expect(dist.movingTheMiddle.middleRepCount).toBe(middle.length);
    expect(dist.movingTheMiddle.middleBookings.toFixed()).toBe(text(middleBookings));
    expect(dist.movingTheMiddle.middleGain.toFixed()).toBe(
      text(middleBookings.times(improvement).toDecimalPlaces(2, D.ROUND_HALF_EVEN)),
    );
    expect(dist.movingTheMiddle.topDecileRepCount).toBe(top.length);
    expect(dist.movingTheMiddle.topDecileGain.toFixed()).toBe(text(topGain));
  });
});

describe('new-hire ramp against independent SQL', () => {
  it('first deals and monthly attainment of the reps hired in FY2026', async () => {
    const from = new Date('2025-02-01T00:00:00Z');
    const to = new Date('2026-02-01T00:00:00Z');
    const asOf = new Date('2026-11-22T00:00:00Z');
    const report = await newHireRamp(ctx, { hiredFrom: from, hiredTo: to, months: 6, asOf });
    const hires = await db.sql.query<{ id: number; hire: string; first: string | null }>(
      `SELECT r.id, r."hireDate"::text AS hire,
              (SELECT min(o."closeDate")::text FROM "Opportunity" o
                WHERE o.stage = 'CLOSED_WON' AND (
                  EXISTS (SELECT 1 FROM "OpportunitySplit" s WHERE s."opportunityId" = o.id AND s."repId" = r.id)
                  OR (o."ownerId" = r.id AND NOT EXISTS (SELECT 1 FROM "OpportunitySplit" s
                        WHERE s."opportunityId" = o.id AND s."splitType" = 'REVENUE')))) AS first
         FROM "Rep" r WHERE r."organizationId" = $1 AND r."hireDate" >= '2025-02-01' AND r."hireDate" < '2026-02-01'
        ORDER BY r."hireDate", r.id`,
      [org],
    );
    expect(hires.length).toBeGreaterThan(0);
    expect(report.reps.map((r) => [r.repId, day(r.hireDate), r.firstDealDate ? day(r.firstDealDate) : null])).toEqual(
      hires.map((h) => [h.id, h.hire, h.first]),
    );
    // Each rep's months: credited bookings closed in the calendar month, against the month's quota.
    for (const rep of report.reps) {
      for (const m of rep.months) {
        const start = day(m.start);
        const [row] = await db.sql.query<{ bookings: string; quota: string | null }>(
          `SELECT coalesce((SELECT sum(${cents('o.amount * c.share')}) FROM (
                    SELECT s."opportunityId" AS opp, s.percent AS share FROM "OpportunitySplit" s WHERE s."repId" = $1
                    UNION ALL
                    SELECT o.id, 1 FROM "Opportunity" o WHERE o."ownerId" = $1 AND NOT EXISTS (
                      SELECT 1 FROM "OpportunitySplit" s WHERE s."opportunityId" = o.id AND s."splitType" = 'REVENUE')
                  ) c JOIN "Opportunity" o ON o.id = c.opp
                  WHERE o.stage = 'CLOSED_WON' AND o."closeDate" >= $2::date
                    AND o."closeDate" < ($2::date + interval '1 month')), 0)::text AS bookings,
                  (SELECT q.amount::text FROM "Quota" q JOIN "SalesPlan" p ON p.id = q."salesPlanId"
                    WHERE q."repId" = $1 AND q."periodStart" = $2::date AND q."periodEnd" = ($2::date + interval '1 month')::date
                      AND p.status IN ('ACTIVE', 'ARCHIVED')) AS quota`,
          [rep.repId, start],
        );
        expect([rep.repId, start, m.bookings.toFixed(), m.quota.toFixed()]).toEqual([
          rep.repId,
          start,
          text(new D(row?.bookings ?? 0)),
          text(new D(row?.quota ?? 0)),
        ]);
      }
    }
  });
});

// Every aggregate counts exactly the rows the caller can see (docs/security.md, Visibility): for a
// key bound to a rep, a key bound to a manager and an organization-wide key, every analytic root
// field is called over GraphQL and its totals are compared with SQL written here over the rows
// visible to that caller (deals owned by or credited by a split to a visible rep; quotas,
// forecasts and pay of visible reps). The list of root fields comes from the built schema: a root
// field that is neither checked below nor listed as a plain row list fails the first test, so a
// new aggregate cannot be added without a case.
//
// The fixture (test/support/fixture.ts) already puts peers' deals on a rep's accounts (Bob's and
// Cy's deals on Ada's accounts A and D); this file adds a split crediting Ada on Cy's deal, an
// open deal of Bob's on Ada's account whose product is whitespace for Ada, peers owning products,
// quotas, forecast history, territories and an approved payout run.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issueApiKey } from '../api/src/access/api-keys.js';
import { schema } from '../api/src/schema.js';
import { toGlobalId } from '../api/src/shared/ids.js';
import { Decimal } from '../api/src/shared/scalars.js';
import { createTestDatabase, type TestDatabase } from './support/databases.js';
import { buildCoreFixture, type CoreFixture } from './support/fixture.js';
import { createTestClient, type TestClient } from './support/graphql.js';

const READER = [
  'read:people',
  'read:accounts',
  'read:pipeline',
  'read:plans',
  'read:performance',
  'read:forecast',
  'read:comp',
] as const;

const d = (s: string) => new Date(`${s}T00:00:00Z`);
const money = (v: unknown) => new Decimal(String(v ?? 0)).toFixed(2);

/** Who is asking: the reps whose rows they may see (null = the organization) and their key. */
interface Caller {
  name: string;
  token: string;
  /** The caller's own rep (forecast node); null for the organization-wide key. */
  repId: number | null;
  reps: number[] | null;
}

let db: TestDatabase;
let fx: CoreFixture;
let client: TestClient;
let callers: Caller[];
let planId: number;
/** A draft next version of the reps' comp plan, for compPlanCost. */
let draftCompPlanId: number;
/** Organization-wide key that also holds write:plans and write:comp (the control for those fields). */
let planner: string;
let ada: number;
let bob: number;
let cy: number;

// ---------------------------------------------------------------- SQL over the visible rows

/** Ids of every rep (the organization-wide caller's set). */
const allReps = async () =>
  (await db.sql.query<{ id: number }>('SELECT id FROM "Rep" WHERE "organizationId" = $1', [fx.organizationId])).map(
    (r) => r.id,
  );

const visibleSet = async (c: Caller) => c.reps ?? (await allReps());

/** The deals the caller can read, by the rule of row-policy.ts: owner or a split's rep visible. */
const VISIBLE_DEAL = `(o."ownerId" = ANY($2::int[]) OR EXISTS (
    SELECT 1 FROM "OpportunitySplit" s WHERE s."opportunityId" = o.id AND s."repId" = ANY($2::int[])))`;
const OPEN = `o.stage NOT IN ('CLOSED_WON', 'CLOSED_LOST')`;

async function one<T>(text: string, values: unknown[]): Promise<T> {
  const [row] = await db.sql.query<T & object>(text, values);
  return row as T;
}

/** Revenue credit rows: each revenue split, or the owner at 100% when a deal has none. */
const CREDIT = `credit AS (
    SELECT o.*, s."repId" AS rep_id, s.percent AS pct FROM "Opportunity" o
      JOIN "OpportunitySplit" s ON s."opportunityId" = o.id AND s."splitType" = 'REVENUE'
     WHERE o."organizationId" = $1
    UNION ALL
    SELECT o.*, o."ownerId", 1 FROM "Opportunity" o
     WHERE o."organizationId" = $1 AND NOT EXISTS (
       SELECT 1 FROM "OpportunitySplit" s WHERE s."opportunityId" = o.id AND s."splitType" = 'REVENUE'))`;

/**
 * Whitespace of the accounts owned by visible reps, over visible open deals' line items, by product
 * family (the default granularity: a family is one column, owned or in pipeline through any of
 * its products, docs/design.md §6). Whitespace cells are listed with their peers' family ARRs;
 * the median, its half-even rounding to the cent, the expected value and the totals are worked out
 * here with exact decimals.
 */
/**
 * An installed product `ap` owned today (the whitespace API's default day, docs/design.md §6): the
 * fixture's retention story ends some of them.
 */
const INSTALLED_TODAY = `ap.since <= '${new Date().toISOString().slice(0, 10)}'::date
  AND (ap."endDate" IS NULL OR ap."endDate" > '${new Date().toISOString().slice(0, 10)}'::date)`;

async function whitespaceSql(c: Caller) {
  const reps = await visibleSet(c);
  const pipeline = await one<{ amount: string; cells: number }>(
    `SELECT coalesce(sum(li."totalPrice"), 0)::text AS amount,
            count(DISTINCT (o."accountId", p.family)) FILTER (WHERE NOT EXISTS (
              SELECT 1 FROM "AccountProduct" ap JOIN "Product" q ON q.id = ap."productId"
               WHERE ap."accountId" = o."accountId" AND q.family = p.family AND q.active AND ${INSTALLED_TODAY}))::int AS cells
       FROM "Opportunity" o JOIN "Account" a ON a.id = o."accountId"
       JOIN "OpportunityLineItem" li ON li."opportunityId" = o.id
       JOIN "Product" p ON p.id = li."productId" AND p.active
      WHERE o."organizationId" = $1 AND a."ownerId" = ANY($2::int[]) AND ${OPEN} AND ${VISIBLE_DEAL}`,
    [fx.organizationId, reps],
  );
  const cells = await whitespaceCells(reps, true);
  let value = new Decimal(0);
  let expected = new Decimal(0);
  for (const cell of cells) {
    value = value.plus(cell.value);
    expected = expected.plus(cell.expected);
  }
  return {
    openPipeline: money(pipeline.amount),
    inPipelineCount: pipeline.cells,
    // Opportunities: whitespace cells with at least one owning peer.
    opportunities: cells.filter((x) => x.owners > 0).length,
    whitespaceCount: cells.length,
    totalEstimatedValue: money(value),
    totalExpectedValue: money(expected),
  };
}

/**
 * Whitespace cells (account, family): neither owned (any active product of the family) nor in
 * open pipeline the caller sees; for the accounts of the reps `reps` (`ownedByReps`) or every
 * account. Each with its estimated value (the median of the owning peers' family ARR, rounded
 * half-even to the cent) and expected value (propensity, 6 places half up, times that value,
 * rounded half-even to the cent).
 */
async function whitespaceCells(reps: number[], ownedByReps: boolean) {
  // Peers: same industry and segment, the account excluded; the ARR of each peer owning the family.
  const cells = await db.sql.query<{ territoryId: number | null; peers: number; arrs: string[] | null }>(
    `SELECT a."territoryId", (SELECT count(*) FROM "Account" peer WHERE peer."organizationId" = $1 AND peer.id <> a.id
               AND peer.industry = a.industry AND peer.segment = a.segment)::int AS peers,
            (SELECT array_agg(x.arr::text) FROM (
               SELECT sum(ap.arr) AS arr FROM "Account" peer
                 JOIN "AccountProduct" ap ON ap."accountId" = peer.id AND ${INSTALLED_TODAY}
                 JOIN "Product" q ON q.id = ap."productId" AND q.active AND q.family = f.family
                WHERE peer."organizationId" = $1 AND peer.id <> a.id AND peer.industry = a.industry
                  AND peer.segment = a.segment
                GROUP BY peer.id) x) AS arrs
       FROM "Account" a CROSS JOIN (SELECT DISTINCT family FROM "Product" WHERE "organizationId" = $1 AND active) f
      WHERE a."organizationId" = $1 AND ($3 = false OR a."ownerId" = ANY($2::int[]))
        AND NOT EXISTS (SELECT 1 FROM "AccountProduct" ap JOIN "Product" q ON q.id = ap."productId"
                         WHERE ap."accountId" = a.id AND q.family = f.family AND q.active AND ${INSTALLED_TODAY})
        AND NOT EXISTS (SELECT 1 FROM "Opportunity" o JOIN "OpportunityLineItem" li ON li."opportunityId" = o.id
                          JOIN "Product" q ON q.id = li."productId"
                         WHERE o."accountId" = a.id AND q.family = f.family AND q.active AND ${OPEN} AND ${VISIBLE_DEAL})`,
    [fx.organizationId, reps, ownedByReps],
  );
  return cells.map((cell) => {
    const arrs = (cell.arrs ?? []).map((a) => new Decimal(a)).sort((a, b) => a.comparedTo(b));
    const mid = Math.floor(arrs.length / 2);
    const median =
      arrs.length === 0 ? new Decimal(0) : arrs.length % 2 ? arrs[mid]! : arrs[mid - 1]!.plus(arrs[mid]!).div(2);
    const value = median.toDecimalPlaces(2, Decimal.ROUND_HALF_EVEN);
    const propensity =
      cell.peers === 0
        ? new Decimal(0)
        : new Decimal(arrs.length).div(cell.peers).toDecimalPlaces(6, Decimal.ROUND_HALF_UP);
    const expected = propensity.times(value).toDecimalPlaces(2, Decimal.ROUND_HALF_EVEN);
    return { territoryId: cell.territoryId, owners: arrs.length, value, expected };
  });
}

/** Performance totals of FY2027 (2026-02-01 to 2027-02-01): revenue credit of visible reps. */
async function performanceSql(c: Caller, repIds?: number[]) {
  const reps = repIds ?? (await visibleSet(c));
  const r = await one<{ bookings: string; open: string; created: string; quota: string }>(
    `WITH ${CREDIT}
     SELECT coalesce(sum(amount * pct) FILTER (WHERE stage = 'CLOSED_WON' AND "closeDate" >= '2026-02-01' AND "closeDate" < '2027-02-01'), 0)::text AS bookings,
            coalesce(sum(amount * pct) FILTER (WHERE stage NOT IN ('CLOSED_WON', 'CLOSED_LOST') AND "closeDate" >= '2026-02-01' AND "closeDate" < '2027-02-01'), 0)::text AS open,
            coalesce(sum(amount * pct) FILTER (WHERE "createdDate" >= '2026-02-01' AND "createdDate" < '2027-02-01'), 0)::text AS created,
            (SELECT coalesce(sum(q.amount), 0)::text FROM "Quota" q JOIN "Rep" r ON r.id = q."repId"
              WHERE q."organizationId" = $1 AND q."periodKey" = 'FY2027' AND q."repId" = ANY($2::int[])
                AND r.role NOT IN ('MANAGER', 'EXECUTIVE', 'SE')) AS quota
       FROM credit WHERE rep_id = ANY($2::int[])`,
    [fx.organizationId, reps],
  );
  return {
    bookings: money(r.bookings),
    openPipeline: money(r.open),
    pipelineCreated: money(r.created),
    quota: money(r.quota),
  };
}

/** Per visible AE with a FY2027 quota: bookings credited and quota (the attainment distribution). */
async function attainmentSql(c: Caller) {
  const rows = await db.sql.query<{ id: number; bookings: string; quota: string }>(
    `WITH ${CREDIT}
     SELECT q."repId" AS id, q.amount::text AS quota,
            coalesce((SELECT sum(amount * pct) FROM credit WHERE rep_id = q."repId" AND stage = 'CLOSED_WON'
                        AND "closeDate" >= '2026-02-01' AND "closeDate" < '2027-02-01'), 0)::text AS bookings
       FROM "Quota" q JOIN "Rep" r ON r.id = q."repId"
      WHERE q."organizationId" = $1 AND q."periodKey" = 'FY2027' AND q."repId" = ANY($2::int[]) AND r.role = 'AE'`,
    [fx.organizationId, await visibleSet(c)],
  );
  return {
    repCount: rows.length,
    repsAtOrAboveQuota: rows.filter((r) => new Decimal(r.bookings).gte(r.quota)).length,
  };
}

/** The forecast node's subtree (the caller's own rep, or the VP for the organization-wide key). */
async function subtreeOf(root: number): Promise<number[]> {
  const rows = await db.sql.query<{ id: number }>(
    `SELECT r.id FROM "Rep" r LEFT JOIN "Rep" m1 ON r."managerId" = m1.id LEFT JOIN "Rep" m2 ON m1."managerId" = m2.id
      WHERE r."organizationId" = $1 AND (r.id = $2 OR m1.id = $2 OR m2.id = $2)`,
    [fx.organizationId, root],
  );
  return rows.map((r) => r.id);
}

/** Closed and open (counted categories) credit of a subtree for deals closing in [start, end). */
async function forecastSql(root: number, start: string, end: string) {
  const r = await one<{ closed: string; open: string }>(
    `WITH ${CREDIT}
     SELECT coalesce(sum(amount * pct) FILTER (WHERE stage = 'CLOSED_WON'), 0)::text AS closed,
            coalesce(sum(amount * pct) FILTER (WHERE ${OPEN.replace('o.', '')} AND "forecastCategory" IN ('PIPELINE', 'BEST_CASE', 'COMMIT')), 0)::text AS open
       FROM credit WHERE rep_id = ANY($2::int[]) AND "closeDate" >= $3::date AND "closeDate" < $4::date`,
    [fx.organizationId, await subtreeOf(root), start, end],
  );
  return { closed: money(r.closed), openPipeline: money(r.open) };
}

/** Territory balance of the plan under the caller's visible deals: per territory name. */
async function balanceSql(c: Caller) {
  const reps = await visibleSet(c);
  // Whitespace of every account (the balance covers the whole book), by family, per territory.
  const whitespace = new Map<number | null, Decimal>();
  for (const cell of await whitespaceCells(reps, false)) {
    whitespace.set(cell.territoryId, (whitespace.get(cell.territoryId) ?? new Decimal(0)).plus(cell.value));
  }
  const rows = await db.sql.query<{ id: number; name: string; pipeline: string; bookings: string }>(
    `WITH acc AS (SELECT a.* FROM "Account" a WHERE a."organizationId" = $1)
     SELECT t.id, t.name,
            (SELECT coalesce(sum(o.amount), 0) FROM "Opportunity" o JOIN acc a ON a.id = o."accountId"
              WHERE a."territoryId" = t.id AND ${OPEN} AND ${VISIBLE_DEAL})::text AS pipeline,
            (SELECT coalesce(sum(o.amount), 0) FROM "Opportunity" o JOIN acc a ON a.id = o."accountId"
              WHERE a."territoryId" = t.id AND o.stage = 'CLOSED_WON' AND o."closeDate" >= '2025-02-01'
                AND o."closeDate" < '2026-02-01' AND ${VISIBLE_DEAL})::text AS bookings
       FROM "Territory" t WHERE t."organizationId" = $1 AND t."salesPlanId" = $3 ORDER BY t.name`,
    [fx.organizationId, reps, planId],
  );
  return rows.map((r) => ({
    name: r.name,
    openPipeline: money(r.pipeline),
    lastYearBookings: money(r.bookings),
    whitespaceValue: money(whitespace.get(r.id) ?? 0),
  }));
}

// ---------------------------------------------------------------- GraphQL

// biome-ignore lint/suspicious/noExplicitAny: responses are navigated by the shape of the query beside them
async function gql<T = Record<string, any>>(c: Caller, query: string, variables: Record<string, unknown> = {}) {
  const res = await client.request<T>(query, variables, { authorization: `Bearer ${c.token}` });
  expect(res.errors, `${c.name}: ${JSON.stringify(res.errors)}`).toBeUndefined();
  return res.data as T;
}

async function refused(c: Caller, query: string, variables: Record<string, unknown> = {}) {
  const res = await client.request(query, variables, { authorization: `Bearer ${c.token}` });
  return res.errors?.[0]?.extensions?.code;
}

const rep = (id: number) => toGlobalId('Rep', id);
/** The forecast node a caller gets: their own rep, or (organization-wide) the VP named explicitly. */
const nodeOf = (c: Caller) => c.repId ?? fx.vp;

type Check = (c: Caller) => Promise<void>;

/**
 * Every analytic root field, with the check that compares its aggregates with SQL over the
 * caller's visible rows. Fields that need an organization-level scope (which a key bound to a
 * rep cannot hold) check the refusal instead, and their organization-wide answer for the
 * organization-wide caller.
 */
const ANALYTICS: Record<string, Check> = {
  whitespaceSummary: async (c) => {
    const expected = await whitespaceSql(c);
    const data = await gql(
      c,
      `{ whitespaceSummary(groupBy: PRODUCT) {
         total { openPipeline inPipelineCount whitespaceCount totalEstimatedValue totalExpectedValue }
         groups { openPipeline } } }`,
    );
    const s = data.whitespaceSummary;
    expect(money(s.total.openPipeline), c.name).toBe(expected.openPipeline);
    expect(s.total.inPipelineCount, c.name).toBe(expected.inPipelineCount);
    expect(
      [s.total.whitespaceCount, money(s.total.totalEstimatedValue), money(s.total.totalExpectedValue)],
      c.name,
    ).toEqual([expected.whitespaceCount, expected.totalEstimatedValue, expected.totalExpectedValue]);
    const groups = s.groups.reduce((t: Decimal, g: { openPipeline: string }) => t.add(g.openPipeline), new Decimal(0));
    expect(money(groups), c.name).toBe(expected.openPipeline);
  },
  whitespace: async (c) => {
    const expected = await whitespaceSql(c);
    const data = await gql(
      c,
      `{ whitespace(first: 100) { totalCount edges { node { inPipelineCount totalEstimatedValue totalExpectedValue
         cells { status openPipeline } } } } }`,
    );
    const rows: { totalEstimatedValue: string; totalExpectedValue: string }[] = data.whitespace.edges.map(
      (e: { node: { totalEstimatedValue: string; totalExpectedValue: string } }) => e.node,
    );
    const sum = (f: (r: (typeof rows)[number]) => string) =>
      money(rows.reduce((t: Decimal, r) => t.add(f(r)), new Decimal(0)));
    expect([sum((r) => r.totalEstimatedValue), sum((r) => r.totalExpectedValue)], c.name).toEqual([
      expected.totalEstimatedValue,
      expected.totalExpectedValue,
    ]);
    const cells = data.whitespace.edges.flatMap(
      (e: { node: { cells: { status: string; openPipeline: string }[] } }) => e.node.cells,
    );
    const total = cells.reduce((t: Decimal, x: { openPipeline: string }) => t.add(x.openPipeline), new Decimal(0));
    expect(money(total), c.name).toBe(expected.openPipeline);
    expect(cells.filter((x: { status: string }) => x.status === 'IN_PIPELINE').length, c.name).toBe(
      expected.inPipelineCount,
    );
  },
  whitespaceOpportunities: async (c) => {
    const expected = await whitespaceSql(c);
    const data = await gql(c, '{ whitespaceOpportunities(first: 100) { totalCount edges { node { propensity } } } }');
    expect(data.whitespaceOpportunities.totalCount, c.name).toBe(expected.opportunities);
    expect(data.whitespaceOpportunities.edges.length, c.name).toBe(expected.opportunities);
  },
  performance: async (c) => {
    const expected = await performanceSql(c);
    // The hierarchy of the period's end moves rows between teams, never what the caller sees.
    for (const hierarchy of ['CURRENT', 'AS_OF_PERIOD']) {
      const data = await gql(
        c,
        `{ performance(period: "FY2027", groupBy: MANAGER, hierarchy: ${hierarchy}) { total { bookings openPipeline pipelineCreated quota } } }`,
      );
      const t = data.performance.total;
      expect(
        {
          bookings: money(t.bookings),
          openPipeline: money(t.openPipeline),
          pipelineCreated: money(t.pipelineCreated),
          quota: money(t.quota),
        },
        `${c.name} ${hierarchy}`,
      ).toEqual(expected);
    }
  },
  performanceTrend: async (c) => {
    const expected = await performanceSql(c);
    const data = await gql(
      c,
      '{ performanceTrend(period: "FY2027", periods: 1) { points { total { bookings openPipeline quota } } } }',
    );
    const t = data.performanceTrend.points[0].total;
    expect([money(t.bookings), money(t.openPipeline), money(t.quota)], c.name).toEqual([
      expected.bookings,
      expected.openPipeline,
      expected.quota,
    ]);
  },
  performanceComparison: async (c) => {
    const all = await performanceSql(c);
    const mine = await performanceSql(
      c,
      (await visibleSet(c)).filter((id) => id === ada),
    );
    const data = await gql(
      c,
      'query($ada: ID!) { performanceComparison(period: "FY2027", a: {}, b: { repId: $ada }) { a { bookings openPipeline } b { bookings openPipeline } } }',
      { ada: rep(ada) },
    );
    const { a, b } = data.performanceComparison;
    expect([money(a.bookings), money(a.openPipeline)], c.name).toEqual([all.bookings, all.openPipeline]);
    expect([money(b.bookings), money(b.openPipeline)], c.name).toEqual([mine.bookings, mine.openPipeline]);
  },
  attainmentDistribution: async (c) => {
    const expected = await attainmentSql(c);
    const data = await gql(c, '{ attainmentDistribution(period: "FY2027") { repCount repsAtOrAboveQuota } }');
    expect(data.attainmentDistribution, c.name).toEqual(expected);
  },
  funnel: async (c) => {
    // The visible deals created in FY2027, once each, and those of them now won.
    const row = await one<{ n: number; amount: string | null; won: number }>(
      `SELECT count(*)::int AS n, sum(o.amount)::text AS amount, count(*) FILTER (WHERE o.stage = 'CLOSED_WON')::int AS won
         FROM "Opportunity" o WHERE o."organizationId" = $1 AND ${VISIBLE_DEAL}
          AND o."createdDate" >= '2026-02-01' AND o."createdDate" < '2027-02-01'`,
      [fx.organizationId, await visibleSet(c)],
    );
    const data = await gql(
      c,
      '{ funnel(period: "FY2027", groupBy: REP) { total { deals pipelineCreated wonCount } } }',
    );
    expect(data.funnel.total, c.name).toEqual({ deals: row.n, pipelineCreated: money(row.amount), wonCount: row.won });
  },
  winLoss: async (c) => {
    const row = await one<{ won: number; lost: number; amount: string | null }>(
      `SELECT count(*) FILTER (WHERE o.stage = 'CLOSED_WON')::int AS won, count(*) FILTER (WHERE o.stage = 'CLOSED_LOST')::int AS lost,
              sum(o.amount) FILTER (WHERE o.stage = 'CLOSED_WON')::text AS amount
         FROM "Opportunity" o WHERE o."organizationId" = $1 AND ${VISIBLE_DEAL}
          AND o."closeDate" >= '2026-02-01' AND o."closeDate" < '2027-02-01'`,
      [fx.organizationId, await visibleSet(c)],
    );
    const data = await gql(
      c,
      '{ winLoss(period: "FY2027", groupBy: REGION) { total { wonCount lostCount wonAmount } } }',
    );
    expect(data.winLoss.total, c.name).toEqual({
      wonCount: row.won,
      lostCount: row.lost,
      wonAmount: money(row.amount),
    });
  },
  retention: async (c) => {
    // Each visible account's ARR on the day before FY2027 and on its last day, with the per-day
    // query of docs/ingestion.md; accounts are visible when their owner is (docs/design.md §13).
    const arrOn = (day: string) => `coalesce((SELECT sum((SELECT h.arr FROM "AccountProductArr" h
        WHERE h."accountId" = ap."accountId" AND h."productId" = ap."productId" AND h."effectiveFrom" <= '${day}'
        ORDER BY h."effectiveFrom" DESC LIMIT 1)) FROM "AccountProduct" ap
       WHERE ap."accountId" = a.id AND ap.since <= '${day}' AND (ap."endDate" IS NULL OR ap."endDate" > '${day}')), 0)`;
    const rows = await db.sql.query<{ s: string; e: string }>(
      `SELECT ${arrOn('2026-01-31')}::text AS s, ${arrOn('2027-01-31')}::text AS e
         FROM "Account" a WHERE a."organizationId" = $1 AND a."ownerId" = ANY($2::int[])`,
      [fx.organizationId, await visibleSet(c)],
    );
    const starting = rows.filter((r) => new Decimal(r.s).gt(0));
    const data = await gql(
      c,
      '{ retention(period: "FY2027", groupBy: SEGMENT) { total { startingArr endingArr startingAccounts churnedAccounts } } }',
    );
    expect(data.retention.total, c.name).toEqual({
      startingArr: money(rows.reduce((acc, r) => acc.plus(r.s), new Decimal(0))),
      endingArr: money(rows.reduce((acc, r) => acc.plus(r.e), new Decimal(0))),
      startingAccounts: starting.length,
      churnedAccounts: starting.filter((r) => new Decimal(r.e).isZero()).length,
    });
  },
  newHireRamp: async (c) => {
    const rows = await db.sql.query<{ first: boolean }>(
      `SELECT EXISTS (SELECT 1 FROM "Opportunity" o WHERE o.stage = 'CLOSED_WON' AND (o."ownerId" = r.id
                OR EXISTS (SELECT 1 FROM "OpportunitySplit" s WHERE s."opportunityId" = o.id AND s."repId" = r.id))) AS first
         FROM "Rep" r WHERE r."organizationId" = $1 AND r.id = ANY($2::int[]) AND r.role = 'AE'
          AND r."hireDate" >= '2024-01-01' AND r."hireDate" <= '2024-12-31'`,
      [fx.organizationId, await visibleSet(c)],
    );
    const data = await gql(
      c,
      '{ newHireRamp(hiredFrom: "2024-01-01", hiredTo: "2024-12-31", asOf: "2026-12-01", roles: [AE]) { repCount repsWithFirstDeal } }',
    );
    expect(data.newHireRamp, c.name).toEqual({
      repCount: rows.length,
      repsWithFirstDeal: rows.filter((r) => r.first).length,
    });
  },
  forecast: async (c) => {
    const expected = await forecastSql(nodeOf(c), '2026-02-01', '2027-02-01');
    const data = await gql(
      c,
      'query($rep: ID!) { forecast(periodKey: "FY2027", repId: $rep) { node { closed openPipeline } winRates { stages { closedDeals } } } }',
      { rep: rep(nodeOf(c)) },
    );
    const n = data.forecast.node;
    expect({ closed: money(n.closed), openPipeline: money(n.openPipeline) }, c.name).toEqual(expected);
    // Win rates are the organization's (docs/security.md): the same model parameters for every
    // caller, so that projections add up the hierarchy; no deal amount, owner or id is in them.
    const window = await one<{ n: number }>(
      `SELECT count(*)::int AS n FROM "Opportunity" o WHERE o."organizationId" = $1 AND o.stage IN ('CLOSED_WON', 'CLOSED_LOST')
          AND o."closeDate" >= '2025-02-01' AND o."closeDate" < '2026-02-01'
          AND EXISTS (SELECT 1 FROM "OpportunityHistory" h WHERE h."opportunityId" = o.id AND h.stage = 'PROPOSAL'
                       AND h."changedAt" < '2026-02-01')`,
      [fx.organizationId],
    );
    expect(window.n).toBe(2);
    const counted = data.forecast.winRates.stages.map((s: { closedDeals: number }) => s.closedDeals);
    expect(Math.max(...counted), c.name).toBe(window.n);
  },
  forecastChanges: async (c) => {
    // Every deal has one history row, inside the window: nothing counted before it, so the deltas
    // add up to what counts in the period at `until` (closed + counted open), credited to the node.
    const expected = await forecastSql(nodeOf(c), '2026-02-01', '2027-02-01');
    const data = await gql(
      c,
      'query($rep: ID!) { forecastChanges(periodKey: "FY2027", repId: $rep, since: "2026-05-31T00:00:00Z", until: "2026-06-30T00:00:00Z") { summary { delta } } }',
      { rep: rep(nodeOf(c)) },
    );
    const delta = data.forecastChanges.summary.reduce(
      (t: Decimal, s: { delta: string }) => t.add(s.delta),
      new Decimal(0),
    );
    expect(money(delta), c.name).toBe(money(new Decimal(expected.closed).add(expected.openPipeline)));
  },
  forecastAccuracy: async (c) => {
    const expected = await forecastSql(nodeOf(c), '2026-05-01', '2026-08-01');
    const data = await gql(
      c,
      'query($rep: ID!) { forecastAccuracy(periodKey: "FY2027-Q2", repId: $rep, week: 6) { node { actual } } }',
      { rep: rep(nodeOf(c)) },
    );
    expect(money(data.forecastAccuracy.node.actual), c.name).toBe(expected.closed);
  },
  forecastSnapshot: async (c) => {
    // Without a week or instant the snapshot is the deals as stored; the whole account region of
    // the fixture as scope keeps every deal, and still only the caller's count.
    const expected = await forecastSql(nodeOf(c), '2026-05-01', '2026-08-01');
    const [region] = await db.sql.query<{ region: string }>(
      'SELECT region FROM "Account" WHERE "organizationId" = $1 GROUP BY region HAVING count(*) = (SELECT count(*) FROM "Account" WHERE "organizationId" = $1)',
      [fx.organizationId],
    );
    const data = await gql(
      c,
      'query($rep: ID!, $scope: ForecastScope) { forecastSnapshot(periodKey: "FY2027-Q2", repId: $rep, scope: $scope) { node { closed openPipeline } } }',
      { rep: rep(nodeOf(c)), scope: region ? { region: region.region } : null },
    );
    const n = data.forecastSnapshot.node;
    expect({ closed: money(n.closed), openPipeline: money(n.openPipeline) }, c.name).toEqual(expected);
  },
  forecastBacktest: async (c) => {
    const expected = await forecastSql(nodeOf(c), '2026-05-01', '2026-08-01');
    const data = await gql(
      c,
      'query($rep: ID!) { forecastBacktest(periodKeys: ["FY2027-Q2"], repId: $rep) { node { periods { actual } } } }',
      { rep: rep(nodeOf(c)) },
    );
    expect(money(data.forecastBacktest.node.periods[0].actual), c.name).toBe(expected.closed);
  },
  forecastRange: async (c) => {
    // The range runs from closed (nothing open won) to maximum (every open deal won): the node's
    // visible closed and counted open credit.
    const expected = await forecastSql(nodeOf(c), '2026-02-01', '2027-02-01');
    const data = await gql(
      c,
      'query($rep: ID!) { forecastRange(periodKey: "FY2027", repId: $rep) { node { closed maximum percentiles { amount } } } }',
      { rep: rep(nodeOf(c)) },
    );
    const n = data.forecastRange.node;
    expect({ closed: money(n.closed), openPipeline: money(new Decimal(n.maximum).minus(n.closed)) }, c.name).toEqual(
      expected,
    );
    for (const p of n.percentiles) {
      expect(new Decimal(p.amount).greaterThanOrEqualTo(n.closed), c.name).toBe(true);
      expect(new Decimal(p.amount).lessThanOrEqualTo(n.maximum), c.name).toBe(true);
    }
  },
  forecastLiability: async (c) => {
    // The reps priced are exactly those of the node's subtree a plan pays in FY2027-Q4 (every
    // rep of the subtree being visible to the caller), and the node is their sum.
    const node = nodeOf(c);
    const paid = await db.sql.query<{ id: number }>(
      `SELECT DISTINCT "repId" AS id FROM "CompAssignment" WHERE "organizationId" = $1 AND "repId" = ANY($2::int[])
          AND "startDate" < '2027-02-01' AND ("endDate" IS NULL OR "endDate" > '2026-11-01') ORDER BY 1`,
      [fx.organizationId, await subtreeOf(node)],
    );
    const query =
      'query($rep: ID!) { forecastLiability(periodKey: "FY2027-Q4", repId: $rep) { node { closedOnly expected } reps { rep { id } closedOnly expected } } }';
    if (!paid.length) {
      expect(await refused(c, query, { rep: rep(node) }), c.name).toBe('NOT_FOUND');
      return;
    }
    const data = await gql(c, query, { rep: rep(node) });
    const reps = data.forecastLiability.reps as { rep: { id: string }; closedOnly: string; expected: string }[];
    expect(
      reps.map((r) => r.rep.id),
      c.name,
    ).toEqual(paid.map((r) => rep(r.id)));
    const total = (key: 'closedOnly' | 'expected') => money(reps.reduce((t, r) => t.add(r[key]), new Decimal(0)));
    expect(money(data.forecastLiability.node.closedOnly), c.name).toBe(total('closedOnly'));
    if (c.repId !== null && c.repId !== fx.vp) {
      // A node above the caller is refused, as the forecast refuses it.
      expect(await refused(c, query, { rep: rep(fx.vp) }), c.name).toBe('FORBIDDEN');
    }
  },
  compareSalesPlans: async (c) => {
    const expected = await balanceSql(c);
    const quota = await one<{ q: string; n: number }>(
      `SELECT coalesce(sum(amount), 0)::text AS q, count(DISTINCT "repId")::int AS n FROM "Quota" WHERE "organizationId" = $1 AND "salesPlanId" = $3
          AND "periodKey" = 'FY2027' AND "repId" = ANY($2::int[])`,
      [fx.organizationId, await visibleSet(c), planId],
    );
    const data = await gql(
      c,
      `query($id: ID!) {
         compareSalesPlans(baseId: $id, scenarioId: $id) {
           base { quotaTotal }
           territories { name base { openPipeline lastYearBookings whitespaceValue } } }
         node(id: $id) { ... on SalesPlan { quotaCheck { quotaTotal repCount } territoryBalance { territories { name openPipeline lastYearBookings whitespaceValue } } } } }`,
      { id: toGlobalId('SalesPlan', planId) },
    );
    expect(money(data.compareSalesPlans.base.quotaTotal), c.name).toBe(money(quota.q));
    // The plan's quota check adds up the same visible quotas.
    const check = data.node.quotaCheck;
    expect([money(check.quotaTotal), check.repCount], c.name).toEqual([money(quota.q), quota.n]);
    const shape = (t: { name: string; openPipeline: string; lastYearBookings: string; whitespaceValue: string }) => ({
      name: t.name,
      openPipeline: money(t.openPipeline),
      lastYearBookings: money(t.lastYearBookings),
      whitespaceValue: money(t.whitespaceValue),
    });
    expect(
      data.compareSalesPlans.territories.map((t: { name: string; base: never }) =>
        shape({ ...(t.base as object), name: t.name } as never),
      ),
      c.name,
    ).toEqual(expected);
    expect(data.node.territoryBalance.territories.map(shape), c.name).toEqual(expected);
  },
  previewTerritoryRules: async (c) => {
    // Routing reads accounts and rules only (no restricted row): every caller gets the same counts.
    const accounts = await one<{ n: number }>('SELECT count(*)::int AS n FROM "Account" WHERE "organizationId" = $1', [
      fx.organizationId,
    ]);
    const data = await gql(c, 'query($id: ID!) { previewTerritoryRules(salesPlanId: $id) { accountCount } }', {
      id: toGlobalId('SalesPlan', planId),
    });
    expect(data.previewTerritoryRules.accountCount, c.name).toBe(accounts.n);
  },
  payoutRun: async (c) => {
    const pay = c.reps ?? (await allReps());
    const r = await one<{ n: number; total: string }>(
      `SELECT count(*)::int AS n, coalesce(sum(l.amount), 0)::text AS total FROM "PayoutLine" l
         JOIN "PayoutRun" pr ON pr.id = l."payoutRunId"
        WHERE l."organizationId" = $1 AND pr."periodKey" = 'FY2027-Q1' AND l."repId" = ANY($2::int[])`,
      [fx.organizationId, pay],
    );
    const data = await gql(c, '{ payoutRun(periodKey: "FY2027-Q1") { summary { lineCount total } } }');
    expect({ n: data.payoutRun.summary.lineCount, total: money(data.payoutRun.summary.total) }, c.name).toEqual({
      n: r.n,
      total: money(r.total),
    });
  },
  payoutStatement: async (c) => {
    const pay = c.reps ?? (await allReps());
    for (const id of [ada, bob, cy]) {
      const variables = { rep: rep(id) };
      const query = 'query($rep: ID!) { payoutStatement(periodKey: "FY2027-Q1", repId: $rep) { lines { amount } } }';
      if (!pay.includes(id)) {
        expect(await refused(c, query, variables), c.name).toBe('NOT_FOUND');
        continue;
      }
      const r = await one<{ total: string }>(
        `SELECT coalesce(sum(amount), 0)::text AS total FROM "PayoutLine" WHERE "organizationId" = $1 AND "repId" = $2`,
        [fx.organizationId, id],
      );
      const data = await gql(c, query, variables);
      const total = data.payoutStatement.lines.reduce(
        (t: Decimal, l: { amount: string }) => t.add(l.amount),
        new Decimal(0),
      );
      expect(money(total), c.name).toBe(money(r.total));
    }
  },
  simulateCompensation: async (c) => {
    const pay = c.reps ?? (await allReps());
    const query = `query($input: SimulateCompensationInput!) {
      simulateCompensation(input: $input) { actual { lines { credit } } } }`;
    for (const id of [ada, bob, cy]) {
      const variables = { input: { repId: rep(id), periodKey: 'FY2027-Q1' } };
      if (!pay.includes(id)) {
        expect(await refused(c, query, variables), c.name).toBe('NOT_FOUND');
        continue;
      }
      // The commission's credit: the rep's revenue credit on deals won in FY2027-Q1.
      const r = await one<{ credit: string }>(
        `WITH ${CREDIT} SELECT coalesce(sum(amount * pct), 0)::text AS credit FROM credit
          WHERE rep_id = $2 AND stage = 'CLOSED_WON' AND "closeDate" >= '2026-02-01' AND "closeDate" < '2026-05-01'`,
        [fx.organizationId, id],
      );
      const data = await gql(c, query, variables);
      expect(
        data.simulateCompensation.actual.lines.map((l: { credit: string }) => money(l.credit)),
        c.name,
      ).toEqual([money(r.credit)]);
    }
  },
  previewQuotaAllocation: async (c) => {
    const query = `query($input: QuotaAllocationInput!) {
      previewQuotaAllocation(input: $input) { lines { rep { id } baseWeight } } }`;
    const variables = {
      input: {
        salesPlanId: toGlobalId('SalesPlan', planId),
        periodKey: 'FY2027',
        over: 'REPS',
        weight: 'LAST_YEAR_BOOKINGS',
        repIds: [ada, bob, cy].map(rep),
        target: '1000.00',
      },
    };
    // Needs write:plans, an organization-level scope no rep-bound key can hold: its weights are
    // everyone's bookings. The organization's planner gets every rep's last-year credit.
    if (c.repId != null) {
      expect(await refused(c, query, variables), c.name).toBe('FORBIDDEN');
      return;
    }
    const rows = await db.sql.query<{ id: number; w: string }>(
      `WITH ${CREDIT} SELECT r.id, coalesce(sum(c.amount * c.pct) FILTER (WHERE c.stage = 'CLOSED_WON'
              AND c."closeDate" >= '2025-02-01' AND c."closeDate" < '2026-02-01'), 0)::text AS w
         FROM "Rep" r LEFT JOIN credit c ON c.rep_id = r.id WHERE r.id = ANY($2::int[]) GROUP BY r.id`,
      [fx.organizationId, [ada, bob, cy]],
    );
    const data = await gql({ ...c, token: planner }, query, variables);
    const got = Object.fromEntries(
      data.previewQuotaAllocation.lines.map((l: { rep: { id: string }; baseWeight: string }) => [
        l.rep.id,
        money(l.baseWeight),
      ]),
    );
    expect(got, c.name).toEqual(Object.fromEntries(rows.map((r) => [rep(r.id), money(r.w)])));
  },
  compPlanCost: async (c) => {
    const query = `query($input: CompPlanCostInput!) { compPlanCost(input: $input) { reps { rep { id } } } }`;
    const variables = { input: { compPlanId: toGlobalId('CompPlan', draftCompPlanId), fiscalYear: 2027 } };
    // Needs write:comp, organization-level: it prices everyone's bookings and pay. The comp admin
    // gets every assigned rep.
    if (c.repId != null) {
      expect(await refused(c, query, variables), c.name).toBe('FORBIDDEN');
      return;
    }
    const assigned = await db.sql.query<{ id: number }>(
      'SELECT DISTINCT "repId" AS id FROM "CompAssignment" WHERE "organizationId" = $1 ORDER BY 1',
      [fx.organizationId],
    );
    const data = await gql({ ...c, token: planner }, query, variables);
    expect(data.compPlanCost.reps.map((r: { rep: { id: string } }) => r.rep.id).sort(), c.name).toEqual(
      assigned.map((r) => rep(r.id)).sort(),
    );
  },
};

/**
 * Root fields that are lists of rows, not aggregates: each row and the list's totalCount go
 * through the row policies (test/security-visibility.test.ts checks them path by path).
 */
const ROW_LISTS: Record<string, string> = {
  accounts: 'accounts are not restricted rows',
  apiKeys: 'admin only',
  auditEvents: 'admin only',
  bulkOperation:
    "the caller's own operation (admins: the organization's); its file holds the rows the caller sees (test/bulk-operations.test.ts)",
  bulkOperations: 'as bulkOperation',
  compAssignments: 'pay rows, row policy',
  compPlans: 'plan definitions, no rep-bound rows',
  disputes: 'pay rows, row policy',
  hierarchy: 'people and their manager links on a day, not restricted (as reps)',
  installedProducts: 'installed products of accounts, which are not restricted rows',
  lossReasons: "the organization's loss reason picklist, not restricted",
  node: 'one row, row policy',
  nodes: 'rows, row policy',
  opportunities: 'deals, row policy',
  organization: 'settings, no rows',
  payoutAdjustments: 'pay rows, row policy',
  payoutRuns: 'runs (lines and summaries as payoutRun)',
  products: 'catalogue, not restricted',
  quotas: 'quotas, row policy',
  reps: 'people, not restricted',
  salesPlans: 'plans (their territoryBalance is checked with compareSalesPlans)',
  territories: 'territories, not restricted',
  viewer: 'the caller itself',
  webhookDeliveries: 'organization-level (write:webhooks, no rep-bound key), no aggregates',
  webhookSubscriptions: 'organization-level (write:webhooks, no rep-bound key), no aggregates',
};

beforeAll(async () => {
  db = await createTestDatabase();
  fx = await buildCoreFixture(db.prisma, 12);
  const p = db.prisma;
  const org = fx.organizationId;
  [ada, bob, cy] = fx.reps as [number, number, number];
  const [accountA, accountB, , accountD] = fx.accounts as [number, number, number, number];
  const [p1, p2, p3] = fx.products as [number, number, number];
  // Cy's open deal on Ada's account D credits Ada 40% by a revenue split: Ada sees it, whole.
  await p.opportunitySplit.createMany({
    data: [
      {
        organizationId: org,
        opportunityId: fx.opportunities[11] as number,
        repId: ada,
        percent: '0.4',
        splitType: 'REVENUE',
      },
      {
        organizationId: org,
        opportunityId: fx.opportunities[11] as number,
        repId: cy,
        percent: '0.6',
        splitType: 'REVENUE',
      },
    ],
  });
  // Bob's open deal on Ada's account A, in product 3: IN_PIPELINE for Bob's manager, whitespace for Ada.
  await p.opportunity.create({
    data: {
      organizationId: org,
      name: 'Peer deal',
      accountId: accountA,
      ownerId: bob,
      amount: '200.00',
      type: 'NEW_BUSINESS',
      stage: 'PROPOSAL',
      forecastCategory: 'COMMIT',
      createdDate: d('2026-03-01'),
      closeDate: d('2026-06-15'),
      lineItems: {
        create: [{ organizationId: org, productId: p3, quantity: '1', unitPrice: '200', totalPrice: '200.00' }],
      },
    },
  });
  // Last fiscal year's bookings: Bob's on Ada's account, Cy's on Bob's account.
  for (const [accountId, ownerId, amount] of [
    [accountA, bob, '500.00'],
    [accountB, cy, '700.00'],
  ] as const) {
    await p.opportunity.create({
      data: {
        organizationId: org,
        name: `Won last year ${amount}`,
        accountId,
        ownerId,
        amount,
        type: 'NEW_BUSINESS',
        stage: 'CLOSED_WON',
        forecastCategory: 'CLOSED',
        createdDate: d('2025-03-01'),
        closeDate: d('2025-06-15'),
      },
    });
  }
  // Peers: E (Software, SMB like A) owns products 2 and 3; F (Retail, SMB like D) owns product 2.
  const peer = async (name: string, industry: string, ownerId: number, owns: [number, string][]) => {
    const a = await p.account.create({
      data: {
        organizationId: org,
        name,
        industry,
        country: 'US',
        region: 'NA',
        employees: 60,
        segment: 'SMB',
        ownerId,
      },
    });
    for (const [productId, arr] of owns) {
      await p.accountProduct.create({
        data: { organizationId: org, accountId: a.id, productId, since: d('2025-01-01'), arr },
      });
    }
  };
  await peer('Account E', 'Software', cy, [
    [p2, '1000.00'],
    [p3, '1500.00'],
  ]);
  await peer('Account F', 'Retail', cy, [[p2, '800.00']]);
  // Ada's D owns product 1, so a deal's product-1 line there is OWNED, not IN_PIPELINE.
  await p.accountProduct.create({
    data: { organizationId: org, accountId: accountD, productId: p1, since: d('2025-01-01'), arr: '300.00' },
  });
  // Plan FY2027 (active), the reps' quotas for the year, territories by industry.
  const plan = await p.salesPlan.create({
    data: { organizationId: org, fiscalYear: 2027, name: 'FY27', status: 'ACTIVE' },
  });
  planId = plan.id;
  // Individual quotas only: how team quotas add up is planning's rule, not visibility's.
  for (const [repId, amount] of [
    [ada, '150'],
    [bob, '150'],
    [cy, '150'],
  ] as [number, string][]) {
    await p.quota.create({
      data: {
        organizationId: org,
        salesPlanId: plan.id,
        repId,
        periodKey: 'FY2027',
        periodStart: d('2026-02-01'),
        periodEnd: d('2027-02-01'),
        amount,
      },
    });
  }
  for (const industry of ['Retail', 'Software']) {
    const t = await p.territory.create({
      data: { organizationId: org, salesPlanId: plan.id, name: industry, kind: 'INDUSTRY' },
    });
    await p.account.updateMany({ where: { organizationId: org, industry }, data: { territoryId: t.id } });
  }
  // Last year's deals went through PROPOSAL before FY2027 began: the win rates count them.
  await db.sql.query(
    `INSERT INTO "OpportunityHistory" ("organizationId", "opportunityId", "changedAt", stage, amount, "closeDate", "forecastCategory")
     SELECT "organizationId", id, '2025-04-01', 'PROPOSAL', amount, "closeDate", 'PIPELINE' FROM "Opportunity"
      WHERE "organizationId" = $1 AND "closeDate" < '2026-02-01'`,
    [org],
  );
  // History: each deal as it is now, once, inside the forecastChanges window.
  await db.sql.query(
    `INSERT INTO "OpportunityHistory" ("organizationId", "opportunityId", "changedAt", stage, amount, "closeDate", "forecastCategory")
     SELECT "organizationId", id, '2026-06-10', stage, amount, "closeDate", "forecastCategory" FROM "Opportunity"
      WHERE "organizationId" = $1`,
    [org],
  );
  // Comp: a commission plan for the three reps and an approved FY2027-Q1 run with a line each.
  const comp = await p.compPlan.create({
    data: { organizationId: org, name: 'AE plan', status: 'PUBLISHED', effectiveStart: d('2026-02-01') },
  });
  draftCompPlanId = (
    await p.compPlan.create({
      data: {
        organizationId: org,
        name: 'AE plan',
        version: 2,
        previousVersionId: comp.id,
        effectiveStart: d('2026-02-01'),
      },
    })
  ).id;
  const component = await p.compComponent.create({
    data: { organizationId: org, compPlanId: comp.id, name: 'Commission', kind: 'COMMISSION', period: 'QUARTER' },
  });
  await p.compTier.create({
    data: { organizationId: org, componentId: component.id, fromAttainment: '0', rate: '0.1' },
  });
  const run = await p.payoutRun.create({
    data: {
      organizationId: org,
      periodKey: 'FY2027-Q1',
      periodStart: d('2026-02-01'),
      periodEnd: d('2026-05-01'),
      status: 'APPROVED',
    },
  });
  for (const [i, repId] of [ada, bob, cy].entries()) {
    await p.compAssignment.create({
      data: {
        organizationId: org,
        compPlanId: comp.id,
        repId,
        startDate: d('2026-02-01'),
        baseSalary: '90000',
        targetIncentive: '90000',
      },
    });
    await p.payoutLine.create({
      data: {
        organizationId: org,
        payoutRunId: run.id,
        repId,
        componentId: component.id,
        kind: 'COMMISSION',
        amount: `${1000 * (i + 1)}.00`,
        explanation: {},
      },
    });
  }
  // ARR history for retention: every installed product from its install day, then in FY2027 Ada's
  // D expands (300.00 -> 450.00), Cy's E loses product 3 and Cy's F churns.
  await db.sql.query(
    `INSERT INTO "AccountProductArr" ("organizationId", "accountId", "productId", "effectiveFrom", arr)
     SELECT "organizationId", "accountId", "productId", since, arr FROM "AccountProduct" WHERE "organizationId" = $1`,
    [org],
  );
  await db.sql.query(
    `INSERT INTO "AccountProductArr" ("organizationId", "accountId", "productId", "effectiveFrom", arr)
     VALUES ($1, $2, $3, '2026-05-01', 450.00)`,
    [org, accountD, p1],
  );
  await db.sql.query(
    `UPDATE "AccountProduct" ap SET "endDate" = CASE WHEN a.name = 'Account E' THEN '2026-08-01'::date ELSE '2026-03-01'::date END
       FROM "Account" a
      WHERE a.id = ap."accountId" AND ap."organizationId" = $1
        AND ((a.name = 'Account E' AND ap."productId" = $2) OR a.name = 'Account F')`,
    [org, p3],
  );
  client = await createTestClient(db);
  const key = async (name: string, repId: number | null) =>
    (await issueApiKey(db.sql, { organizationId: org, name, scopes: [...READER] as never, repId })).token;
  planner = (
    await issueApiKey(db.sql, {
      organizationId: org,
      name: 'planner',
      scopes: [...READER, 'write:plans', 'write:comp'] as never,
      repId: null,
    })
  ).token;
  const manager = fx.managers[0] as number;
  callers = [
    { name: 'rep Ada', token: await key('ada', ada), repId: ada, reps: [ada] },
    { name: 'manager Mona', token: await key('mona', manager), repId: manager, reps: await subtreeOf(manager) },
    { name: 'organization key', token: await key('org', null), repId: null, reps: null },
  ];
});

afterAll(async () => {
  await client?.close();
  await db?.destroy();
});

describe('aggregates count exactly the rows the caller can see', () => {
  it('every root field of the schema is an analytic checked here or a plain row list', () => {
    const fields = Object.keys(schema.getQueryType()?.getFields() ?? {}).sort();
    const covered = [...Object.keys(ANALYTICS), ...Object.keys(ROW_LISTS)].sort();
    expect(covered).toEqual(fields);
  });

  it('the fixture makes the callers differ: peers own deals on the rep’s accounts', async () => {
    const [rep, manager, organization] = await Promise.all(callers.map(whitespaceSql));
    expect(new Set([rep?.openPipeline, manager?.openPipeline, organization?.openPipeline]).size).toBe(3);
    expect(rep?.opportunities).toBeGreaterThan(0);
    // Whitespace has value to count, and the rep sees less of it than the organization.
    // Whitespace has value, and the callers' differ: a deal the rep cannot see leaves a cell whitespace.
    expect(new Decimal(rep!.totalEstimatedValue).gt(0)).toBe(true);
    expect(rep?.totalEstimatedValue).not.toBe(organization?.totalEstimatedValue);
  });

  for (const [field, check] of Object.entries(ANALYTICS)) {
    it(`${field}: rep, manager and organization-wide callers`, async () => {
      for (const caller of callers) await check(caller);
    });
  }
});

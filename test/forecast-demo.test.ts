// Forecasting on the seeded demo dataset (60 people, 15,000 deals with revenue and overlay splits,
// monthly rep and quarterly manager quotas, four rows of history per deal) against independent
// SQL: per-rep sums with a LEFT JOIN on revenue splits, win rates with EXISTS per stage, deal
// states as of a moment with DISTINCT ON over the whole history, and the hierarchy and quotas
// rolled up here in TypeScript rather than with the service's paths.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { forecastAccuracy } from '../api/src/forecast/accuracy.js';
import { changeSummary } from '../api/src/forecast/changes.js';
import { type ForecastPeriod, forecastPeriod } from '../api/src/forecast/period.js';
import { computeForecast, type ForecastNode, stageWinRates } from '../api/src/forecast/rollup.js';
import { callerOf, type ForecastCaller } from '../api/src/forecast/scope.js';
import { freshWinRateSql } from '../api/src/forecast/sql.js';
import { seed } from '../api/src/seed/cli.js';
import { buildContext } from '../api/src/shared/context.js';
import { Decimal } from '../api/src/shared/scalars.js';
import { createTestDatabase, type TestDatabase } from './support/databases.js';

const D = Decimal.clone({ precision: 60, rounding: Decimal.ROUND_HALF_UP });
type Dec = InstanceType<typeof D>;
const ZERO = new D(0);
const cents = (v: Dec | Decimal | string | null) => (v === null ? null : new D(v.toString()).toFixed(2));

let db: TestDatabase;
let caller: ForecastCaller;
let org: number;
let top: number;
const NOW = new Date('2026-11-22T12:00:00Z');

interface RepRow {
  id: number;
  managerId: number | null;
  role: string;
  name: string;
  hired: string;
  left: string | null;
}
let reps: RepRow[] = [];

beforeAll(async () => {
  db = await createTestDatabase();
  await seed(db, { size: 'demo', progress: false });
  const [o] = await db.sql.query<{ id: number; fiscalYearStartMonth: number }>(
    'SELECT id, "fiscalYearStartMonth" FROM "Organization" ORDER BY id LIMIT 1',
  );
  org = (o as { id: number }).id;
  const ctx = buildContext(
    db,
    { organizationId: org, principal: 'dev', repId: null, scopes: new Set(['admin']) },
    {
      id: org,
      name: 'Demo',
      fiscalYearStartMonth: (o as { fiscalYearStartMonth: number }).fiscalYearStartMonth,
      timeZone: 'UTC',
      currency: 'USD',
    },
  );
  caller = callerOf(ctx, NOW);
  reps = await db.sql.query<RepRow>(
    `SELECT id, "managerId", role::text AS role, name, "hireDate"::text AS hired, "terminationDate"::text AS "left"
       FROM "Rep" WHERE "organizationId" = $1`,
    [org],
  );
  const roots = reps.filter((r) => r.managerId === null);
  expect(roots).toHaveLength(1);
  top = (roots[0] as RepRow).id;
}, 300_000);
afterAll(async () => {
  await db?.destroy();
});

const period = (key: string) => forecastPeriod(key, caller.ctx.organization, NOW, ['periodKey']);
const iso = (d: Date) => d.toISOString().slice(0, 10);
const ts = (d: Date) => d.toISOString().replace('T', ' ').replace('Z', '');

const STAGE_PROBABILITY_SQL = `CASE l.stage WHEN 'PROSPECTING' THEN 0.1 WHEN 'QUALIFICATION' THEN 0.2 WHEN 'DISCOVERY' THEN 0.4
  WHEN 'PROPOSAL' THEN 0.6 WHEN 'NEGOTIATION' THEN 0.8 END`;
const OPEN_STAGES = ['PROSPECTING', 'QUALIFICATION', 'DISCOVERY', 'PROPOSAL', 'NEGOTIATION'];

// ---------------------------------------------------------------- independent expectations

interface Sums {
  closed: Dec;
  commit: Dec;
  bestCase: Dec;
  pipeline: Dec;
  weighted: Dec;
  projectedOpen: Dec;
}
const emptySums = (): Sums => ({
  closed: ZERO,
  commit: ZERO,
  bestCase: ZERO,
  pipeline: ZERO,
  weighted: ZERO,
  projectedOpen: ZERO,
});

/** Win rates: for each open stage, closed deals of the window that had a history row in it before the start. */
async function expectedWinRates(p: ForecastPeriod): Promise<Map<string, Dec>> {
  const from = new Date(Date.UTC(p.start.getUTCFullYear(), p.start.getUTCMonth() - 12, p.start.getUTCDate()));
  const rows = await db.sql.query<{ stage: string; closed: number; won: number }>(
    `SELECT s.stage, count(o.id)::int AS closed, (count(o.id) FILTER (WHERE o.stage = 'CLOSED_WON'))::int AS won
       FROM unnest($4::text[]) AS s(stage)
       LEFT JOIN "Opportunity" o ON o."organizationId" = $1 AND o.stage IN ('CLOSED_WON', 'CLOSED_LOST')
        AND o."closeDate" >= $2::date AND o."closeDate" < $3::date
        AND EXISTS (SELECT 1 FROM "OpportunityHistory" h
                     WHERE h."opportunityId" = o.id AND h.stage::text = s.stage AND h."changedAt" < $3::timestamp)
      GROUP BY s.stage`,
    [org, iso(from), iso(p.start), OPEN_STAGES],
  );
  const defaults: Record<string, string> = {
    PROSPECTING: '0.1',
    QUALIFICATION: '0.2',
    DISCOVERY: '0.4',
    PROPOSAL: '0.6',
    NEGOTIATION: '0.8',
  };
  return new Map(
    rows.map((r) => [
      r.stage,
      r.closed === 0 ? new D(defaults[r.stage] as string) : new D(r.won).dividedBy(r.closed).toDecimalPlaces(6),
    ]),
  );
}

/** Half-even to the cent of a non-negative amount, written apart from the service's formula. */
const HALF_EVEN = (x: string) =>
  `(CASE WHEN (${x}) * 100 - floor((${x}) * 100) = 0.5 THEN (floor((${x}) * 100) + mod(floor((${x}) * 100), 2)) / 100
         ELSE round(${x}, 2) END)`;

/**
 * Per-rep sums over deal states: the current deals, or (with `asOf`) each deal's last history row
 * at or before it. Credit: revenue splits, else the owner (LEFT JOIN: no split row = 100%). Each
 * rep's credit of a deal is a line, rounded half-even to the cent, and so are its weighted and
 * projected amounts (docs/design.md §11).
 */
async function perRep(p: ForecastPeriod, rates: Map<string, Dec>, asOf?: Date): Promise<Map<number, Sums>> {
  const states = asOf
    ? `SELECT DISTINCT ON (h."opportunityId") h."opportunityId" AS id, o."ownerId", h.amount, h.stage::text AS stage,
              h."forecastCategory"::text AS category, h."closeDate"
         FROM "OpportunityHistory" h JOIN "Opportunity" o ON o.id = h."opportunityId"
        WHERE h."organizationId" = $1 AND h."changedAt" <= '${ts(asOf)}'::timestamp
        ORDER BY h."opportunityId", h."changedAt" DESC, h.id DESC`
    : `SELECT id, "ownerId", amount, stage::text AS stage, "forecastCategory"::text AS category, "closeDate"
         FROM "Opportunity" WHERE "organizationId" = $1`;
  const rows = await db.sql.query<{
    rep: number;
    closed: string | null;
    commit: string | null;
    best_case: string | null;
    pipeline: string | null;
    weighted: string | null;
    projected: string | null;
  }>(
    `WITH st AS (${states}),
     rate AS (SELECT * FROM unnest($4::text[], $5::numeric[]) AS r(stage, rate)),
     line AS (
       SELECT coalesce(s."repId", st."ownerId") AS rep, st.stage, st.category,
              ${HALF_EVEN('st.amount * coalesce(s.percent, 1)')} AS credited
         FROM st LEFT JOIN "OpportunitySplit" s ON s."opportunityId" = st.id AND s."splitType" = 'REVENUE'
        WHERE st."closeDate" >= $2::date AND st."closeDate" < $3::date),
     priced AS (
       SELECT l.*, ${STAGE_PROBABILITY_SQL} AS probability, r.rate
         FROM line l LEFT JOIN rate r ON r.stage = l.stage)
     SELECT rep,
            sum(credited) FILTER (WHERE stage = 'CLOSED_WON')::text AS closed,
            sum(credited) FILTER (WHERE stage NOT LIKE 'CLOSED%' AND category = 'COMMIT')::text AS commit,
            sum(credited) FILTER (WHERE stage NOT LIKE 'CLOSED%' AND category = 'BEST_CASE')::text AS best_case,
            sum(credited) FILTER (WHERE stage NOT LIKE 'CLOSED%' AND category = 'PIPELINE')::text AS pipeline,
            sum(${HALF_EVEN('credited * probability')})
              FILTER (WHERE stage NOT LIKE 'CLOSED%' AND category IN ('COMMIT', 'BEST_CASE', 'PIPELINE'))::text AS weighted,
            sum(${HALF_EVEN('credited * rate')})
              FILTER (WHERE stage NOT LIKE 'CLOSED%' AND category IN ('COMMIT', 'BEST_CASE', 'PIPELINE'))::text AS projected
       FROM priced GROUP BY rep`,
    [org, iso(p.start), iso(p.end), [...rates.keys()], [...rates.values()].map((r) => r.toString())],
  );
  const out = new Map<number, Sums>();
  const add = (a: Dec, b: string | null) => (b === null ? a : a.plus(b));
  for (const r of rows) {
    const s = out.get(r.rep) ?? emptySums();
    s.closed = add(s.closed, r.closed);
    s.commit = add(s.commit, r.commit);
    s.bestCase = add(s.bestCase, r.best_case);
    s.pipeline = add(s.pipeline, r.pipeline);
    s.weighted = add(s.weighted, r.weighted);
    s.projectedOpen = add(s.projectedOpen, r.projected);
    out.set(r.rep, s);
  }
  return out;
}

/** A node of the period's tree: employed during it (hired before its end, left on or after its start), not sales ops. */
function isNode(r: RepRow, p: ForecastPeriod): boolean {
  return r.hired < iso(p.end) && (r.left === null || r.left >= iso(p.start)) && r.role !== 'SALES_OPS';
}

/** The nodes whose nearest node above (by manager links) is `id`, by name. */
function childNodes(id: number, p: ForecastPeriod): RepRow[] {
  const byId = new Map(reps.map((r) => [r.id, r]));
  const nearestNodeAbove = (r: RepRow): number | null => {
    for (let m = r.managerId; m !== null; m = (byId.get(m) as RepRow).managerId) {
      if (isNode(byId.get(m) as RepRow, p)) return m;
    }
    return null;
  };
  return reps
    .filter((r) => isNode(r, p) && nearestNodeAbove(r) === id)
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : a.id - b.id));
}

function below(id: number): number[] {
  const out = [id];
  for (let i = 0; i < out.length; i++) for (const r of reps) if (r.managerId === out[i]) out.push(r.id);
  return out;
}

function subtreeSums(id: number, sums: Map<number, Sums>): Sums {
  const total = emptySums();
  for (const rid of below(id)) {
    const s = sums.get(rid);
    if (!s) continue;
    for (const k of Object.keys(total) as (keyof Sums)[]) total[k] = total[k].plus(s[k]);
  }
  return total;
}

/** Quotas by period key from the year's plan: a rep's own row for the key, else its months' rows, summed up the tree. */
async function expectedQuotas(p: ForecastPeriod): Promise<(id: number) => Dec> {
  const rows = await db.sql.query<{ repId: number; periodKey: string; amount: string }>(
    `SELECT q."repId", q."periodKey", q.amount::text AS amount FROM "Quota" q
      WHERE q."salesPlanId" = (SELECT id FROM "SalesPlan" WHERE "organizationId" = $1 AND "fiscalYear" = $2
                                 AND status IN ('ACTIVE', 'ARCHIVED') ORDER BY status = 'ACTIVE' DESC, "updatedAt" DESC LIMIT 1)`,
    [org, p.fiscalYear],
  );
  const months = [1, 2, 3].map(
    (m) => `FY${p.fiscalYear}-M${String(((p.index as number) - 1) * 3 + m).padStart(2, '0')}`,
  );
  const own = new Map<number, Dec>();
  for (const repId of new Set(rows.map((r) => r.repId))) {
    const mine = rows.filter((r) => r.repId === repId);
    const exact = mine.find((r) => r.periodKey === p.key);
    const parts = exact ? [exact] : mine.filter((r) => months.includes(r.periodKey));
    if (parts.length > 0)
      own.set(
        repId,
        parts.reduce((s, r) => s.plus(r.amount), ZERO),
      );
  }
  // A node's quota is the individual quotas of its subtree (docs/design.md §5): managers' and
  // executives' team quotas never count, overlay (SE) quotas only for the SE's own node.
  const individual = (id: number): Dec => {
    const role = reps.find((r) => r.id === id)?.role;
    return role === 'MANAGER' || role === 'EXECUTIVE' ? ZERO : (own.get(id) ?? ZERO);
  };
  const below = (id: number): Dec =>
    reps
      .filter((r) => r.managerId === id && r.role !== 'SE')
      .reduce((s, r) => s.plus(individual(r.id)).plus(below(r.id)), ZERO);
  return (id: number) => individual(id).plus(below(id));
}

function expectedFigures(s: Sums, quota: Dec) {
  const r = (v: Dec) => v.toDecimalPlaces(2);
  const closed = r(s.closed);
  const commit = r(s.commit);
  const bestCase = r(s.bestCase);
  const pipeline = r(s.pipeline);
  return {
    closed: cents(closed),
    commit: cents(commit),
    bestCase: cents(bestCase),
    pipeline: cents(pipeline),
    commitForecast: cents(closed.plus(commit)),
    bestCaseForecast: cents(closed.plus(commit).plus(bestCase)),
    openPipeline: cents(commit.plus(bestCase).plus(pipeline)),
    weightedPipeline: cents(r(s.weighted)),
    projection: cents(r(s.closed.plus(s.projectedOpen))),
    quota: cents(quota),
    gap: cents(quota.minus(closed.plus(commit))),
  };
}

function actualFigures(n: ForecastNode) {
  return {
    closed: cents(n.closed),
    commit: cents(n.commit),
    bestCase: cents(n.bestCase),
    pipeline: cents(n.pipeline),
    commitForecast: cents(n.commitForecast),
    bestCaseForecast: cents(n.bestCaseForecast),
    openPipeline: cents(n.openPipeline),
    weightedPipeline: cents(n.weightedPipeline),
    projection: cents(n.projection),
    quota: cents(n.quota),
    gap: cents(n.gap),
  };
}

// ---------------------------------------------------------------- checks

describe.each(['FY2027-Q4', 'FY2027-Q2'])('forecast of the demo organization for %s', (key) => {
  it('has the win rates of independent SQL', async () => {
    const p = period(key);
    const expected = await expectedWinRates(p);
    const got = await stageWinRates(caller, p);
    expect(got.map((r) => [r.stage, new D(r.rate.toString()).toFixed(6)])).toEqual(
      OPEN_STAGES.map((s) => [s, (expected.get(s) as Dec).toFixed(6)]),
    );
    // The demo has a year of history before these quarters: every stage has closed deals behind it.
    expect(got.every((r) => r.closedDeals > 0)).toBe(true);
  });

  it('stores the win rates at the deal revision, and the stored rates equal a fresh computation', async () => {
    const p = period(key);
    await stageWinRates(caller, p);
    const stored = await db.sql.query<{ stage: string; closed: number; won: number; rate: string }>(
      `SELECT w.stage::text AS stage, w."closedDeals" AS closed, w."wonDeals" AS won, w.rate::text AS rate
         FROM "ForecastWinRate" w JOIN "Organization" o ON o.id = w."organizationId" AND o."dealRevision" = w."dealRevision"
        WHERE w."organizationId" = $1 AND w."periodStart" = $2 ORDER BY w.stage`,
      [org, iso(p.start)],
    );
    const fresh = await caller.ctx.prisma.$queryRaw<
      { stage: string; closedDeals: number; wonDeals: number; rate: Dec }[]
    >(freshWinRateSql(org, p));
    const expected = await expectedWinRates(p);
    expect(stored.map((r) => [r.stage, r.closed, r.won, new D(r.rate).toFixed(6)])).toEqual(
      fresh.map((r) => [r.stage, r.closedDeals, r.wonDeals, new D(r.rate.toString()).toFixed(6)]),
    );
    expect(stored.map((r) => [r.stage, new D(r.rate).toFixed(6)])).toEqual(
      OPEN_STAGES.map((s) => [s, (expected.get(s) as Dec).toFixed(6)]),
    );
    // A warm request gives the same figures (that it reads the stored rows is shown in forecast-freshness).
    const warm = await stageWinRates(caller, p);
    expect(warm.map((r) => [r.stage, r.closedDeals, r.wonDeals, new D(r.rate.toString()).toFixed(6)])).toEqual(
      stored.map((r) => [r.stage, r.closed, r.won, new D(r.rate).toFixed(6)]),
    );
  });

  it('matches independent SQL for the top of the hierarchy and each direct report', async () => {
    const p = period(key);
    const sums = await perRep(p, await expectedWinRates(p));
    const quotaOf = await expectedQuotas(p);
    const f = await computeForecast(caller, p, top);
    expect(actualFigures(f.node)).toEqual(expectedFigures(subtreeSums(top, sums), quotaOf(top)));
    const direct = childNodes(top, p);
    expect(f.children.map((c) => c.repId)).toEqual(direct.map((r) => r.id));
    // Sales ops reports to the top in the demo and is no node.
    expect(reps.some((r) => r.managerId === top && r.role === 'SALES_OPS')).toBe(true);
    expect(direct.length).toBeLessThan(reps.filter((r) => r.managerId === top).length);
    for (const child of f.children) {
      expect({ rep: child.repId, ...actualFigures(child) }).toEqual({
        rep: child.repId,
        ...expectedFigures(subtreeSums(child.repId, sums), quotaOf(child.repId)),
      });
    }
    expect(new D(f.node.closed.toString()).greaterThan(0)).toBe(true);
    expect(new D(f.node.quota.toString()).greaterThan(0)).toBe(true);
  });
});

describe('history on the demo organization', () => {
  it('rebuilds week 6 of an ended quarter as DISTINCT ON over the whole history does', async () => {
    const p = period('FY2027-Q2');
    const asOf = new Date(p.startsAt.getTime() + 42 * 86_400_000);
    const rates = await expectedWinRates(p);
    const then = await perRep(p, rates, asOf);
    const now = await perRep(p, rates);
    const acc = await forecastAccuracy(caller, p, top, asOf);
    for (const node of [acc.node, ...acc.children]) {
      const t = subtreeSums(node.repId, then);
      const actual = subtreeSums(node.repId, now).closed.toDecimalPlaces(2);
      const commitForecast = t.closed.toDecimalPlaces(2).plus(t.commit.toDecimalPlaces(2));
      const projection = t.closed.plus(t.projectedOpen).toDecimalPlaces(2);
      expect([node.repId, cents(node.actual), cents(node.closedAtPoint)]).toEqual([
        node.repId,
        cents(actual),
        cents(t.closed.toDecimalPlaces(2)),
      ]);
      expect([cents(node.commitForecast.forecast), cents(node.projection.forecast)]).toEqual([
        cents(commitForecast),
        cents(projection),
      ]);
      if (!actual.isZero()) {
        const error = commitForecast.minus(actual).dividedBy(actual).toDecimalPlaces(6, D.ROUND_HALF_EVEN);
        expect(new D((node.commitForecast.error as Decimal).toString()).toFixed(6)).toBe(error.toFixed(6));
      }
    }
  });

  it('explains a week of movement: the deltas add up to the change of closed + open pipeline', async () => {
    const p = period('FY2027-Q4');
    const until = new Date('2026-11-20T00:00:00Z');
    const since = new Date('2026-11-13T00:00:00Z');
    const rates = await expectedWinRates(p);
    const total = (s: Sums) => s.closed.plus(s.commit).plus(s.bestCase).plus(s.pipeline);
    const before = total(subtreeSums(top, await perRep(p, rates, since)));
    const after = total(subtreeSums(top, await perRep(p, rates, until)));
    const summary = await changeSummary(caller, { period: p, repId: top, since, until });
    expect(summary.length).toBeGreaterThan(2);
    const delta = summary.reduce((s, k) => s.plus(k.delta.toString()), ZERO);
    // Both sides are sums of the same half-even lines, so they agree to the cent.
    expect(cents(delta)).toBe(cents(after.minus(before)));
  });
});

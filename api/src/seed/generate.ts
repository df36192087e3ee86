// Deterministic demo data for one Organization ("Acme Cloud"), as plain rows with explicit ids so
// rows reference each other without database round trips. The same size, seed and `today` always
// give the same rows; nothing reads the clock.
//
// The data is meant to be analysed, so it has the shape real sales data has (docs/design.md §4-6): a
// bell curve of rep skill with stars and strugglers, one region selling about 10% more per rep
// than another, deals bunching at quarter end, new hires ramping, reps leaving, deals slipping,
// splits, installed products that differ by industry and segment, and quotas sized so that the
// median rep lands just under 100%.
import { base, en, Faker } from '@faker-js/faker';
import type {
  ForecastCategory,
  OpportunityStage,
  OpportunityType,
  RepRole,
  SalesPlanStatus,
  Segment,
  SplitType,
  TerritoryKind,
  TerritoryRole,
} from '../generated/prisma/enums.js';
import { monthKey, parsePeriodKey, periodContaining, quarterKey } from '../shared/calendar.js';
import { type AccountProductArrRow, arrHistory } from './arr-history.js';
import { type CallQuarter, type ForecastSubmissionRow, forecastCalls } from './calls.js';
import { type AccountTerritoryHistoryRow, hierarchyHistory, type RepManagerHistoryRow } from './hierarchy-history.js';
import {
  BEST_CASE,
  CLOSED,
  COMMIT,
  type DealColumns,
  FORECAST_CATEGORIES,
  historyBatches,
  LAST_OPEN_STAGE,
  LOST,
  OMITTED,
  OPPORTUNITY_TYPES,
  type OpportunityHistoryRow,
  PIPELINE,
  SEGMENTS,
  STAGES,
  WON,
} from './history.js';
import { normalQuantile, Rng, WeightedPicker } from './random.js';
import {
  dateOfDay,
  dayFromDate,
  dayFromIso,
  discounted,
  formatCents,
  formatMillionths,
  isoDay,
  monthsBetween,
  pad,
  roundToCents,
  weekday,
} from './values.js';

export type { ForecastSubmissionRow } from './calls.js';
export type { OpportunityHistoryRow } from './history.js';

// ---------------------------------------------------------------- sizes and options

/** How much to generate. Headcount includes the executive, sales ops, managers and reps who left. */
export interface DatasetSize {
  name: string;
  reps: number;
  managersPerRegion: number;
  salesOps: number;
  accounts: number;
  products: number;
  productFamilies: number;
  opportunities: number;
}

export const DATASET_SIZES = {
  demo: {
    name: 'demo',
    reps: 60,
    managersPerRegion: 2,
    salesOps: 2,
    accounts: 1_500,
    products: 40,
    productFamilies: 6,
    opportunities: 15_000,
  },
  large: {
    name: 'large',
    reps: 2_000,
    managersPerRegion: 40,
    salesOps: 10,
    accounts: 50_000,
    products: 200,
    productFamilies: 10,
    opportunities: 500_000,
  },
} as const satisfies Record<string, DatasetSize>;

export type SizeName = keyof typeof DATASET_SIZES;

export const DEFAULT_SEED = 1;
/**
 * The seed day when none is given: what the tests pin (FY2027, 2026-02-01..2027-01-31, is the
 * current fiscal year, in its Q4). The start command and `pnpm seed` pass the current date instead.
 */
export const DEFAULT_TODAY = '2026-11-22';

export interface GenerateOptions {
  seed?: number;
  /** YYYY-MM-DD. Deals closing before it are closed; the current fiscal year is the one containing it. */
  today?: string;
}

// ---------------------------------------------------------------- rows (column names = Prisma field names)

export interface OrganizationRow {
  id: number;
  name: string;
  slug: string;
  fiscalYearStartMonth: number;
  timeZone: string;
  currency: string;
}

export interface RepRow {
  id: number;
  organizationId: number;
  externalId: string;
  name: string;
  email: string;
  role: RepRole;
  managerId: number | null;
  region: string;
  segment: Segment | null;
  hireDate: string;
  /** The first day the rep no longer works here (they are active on days before it). */
  terminationDate: string | null;
  rampMonths: number;
}

export interface SalesPlanRow {
  id: number;
  organizationId: number;
  fiscalYear: number;
  name: string;
  status: SalesPlanStatus;
  version: number;
  targetAmount: string;
  clonedFromId: number | null;
}

export interface TerritoryRow {
  id: number;
  organizationId: number;
  salesPlanId: number;
  externalId: string;
  name: string;
  kind: TerritoryKind;
  parentId: number | null;
}

export interface TerritoryRuleRow {
  id: number;
  organizationId: number;
  territoryId: number;
  priority: number;
  region: string | null;
  country: string | null;
  industry: string | null;
  /** Inclusive. */
  minEmployees: number | null;
  /** Inclusive. */
  maxEmployees: number | null;
}

export interface TerritoryAssignmentRow {
  id: number;
  organizationId: number;
  territoryId: number;
  repId: number;
  role: TerritoryRole;
  startDate: string;
  endDate: string | null;
}

export interface ProductRow {
  id: number;
  organizationId: number;
  externalId: string;
  name: string;
  family: string;
  editionRank: number | null;
  listPrice: string;
  active: boolean;
}

export interface AccountRow {
  id: number;
  organizationId: number;
  externalId: string;
  name: string;
  domain: string;
  industry: string;
  country: string;
  region: string;
  employees: number;
  annualRevenue: string;
  segment: Segment;
  territoryId: number;
  ownerId: number;
  parentId: number | null;
}

export interface AccountProductRow {
  id: number;
  organizationId: number;
  accountId: number;
  productId: number;
  since: string;
  /** First day no longer installed (exclusive); null while it runs. */
  endDate: string | null;
  arr: string;
}

export interface QuotaRow {
  id: number;
  organizationId: number;
  salesPlanId: number;
  repId: number;
  periodKey: string;
  periodStart: string;
  periodEnd: string;
  amount: string;
}

export interface OpportunityRow {
  id: number;
  organizationId: number;
  externalId: string;
  name: string;
  accountId: number;
  ownerId: number;
  amount: string;
  type: OpportunityType;
  stage: OpportunityStage;
  forecastCategory: ForecastCategory;
  createdDate: string;
  closeDate: string;
}

export interface OpportunityLineItemRow {
  id: number;
  organizationId: number;
  opportunityId: number;
  productId: number;
  quantity: string;
  unitPrice: string;
  totalPrice: string;
}

export interface OpportunitySplitRow {
  id: number;
  organizationId: number;
  opportunityId: number;
  repId: number;
  percent: string;
  splitType: SplitType;
}

export interface Dataset {
  size: DatasetSize;
  seed: number;
  today: string;
  organizations: OrganizationRow[];
  reps: RepRow[];
  salesPlans: SalesPlanRow[];
  territories: TerritoryRow[];
  territoryRules: TerritoryRuleRow[];
  territoryAssignments: TerritoryAssignmentRow[];
  products: ProductRow[];
  accounts: AccountRow[];
  accountProducts: AccountProductRow[];
  /** The ARR history of the installed products (arr-history.ts). */
  accountProductArrs: AccountProductArrRow[];
  /** Who each rep reported to over time (hierarchy-history.ts); replaces the triggers' rows on load. */
  repManagerHistory: RepManagerHistoryRow[];
  /** Which territory held each account over time (hierarchy-history.ts). */
  accountTerritoryHistory: AccountTerritoryHistoryRow[];
  quotas: QuotaRow[];
  opportunities: OpportunityRow[];
  opportunityLineItems: OpportunityLineItemRow[];
  opportunitySplits: OpportunitySplitRow[];
  /**
   * The history, in batches of about `batchSize` rows, generated on demand: it is the largest
   * table and nothing depends on it. Every call yields the same rows.
   */
  opportunityHistory(batchSize?: number): Generator<OpportunityHistoryRow[]>;
  /** Weekly COMMIT and BEST_CASE calls of reps, managers and the executive (see calls.ts). */
  forecastSubmissions: ForecastSubmissionRow[];
}

// ---------------------------------------------------------------- the world

const ORGANIZATION_ID = 1;
const FISCAL_YEAR_START_MONTH = 2;
const EMAIL_DOMAIN = 'acmecloud.example';

interface RegionSpec {
  code: string;
  name: string;
  /** Share of accounts. */
  accountShare: number;
  /** Multipliers of win probability and deal size: EMEA books about 1.12x NA per rep, APAC 0.88x. */
  win: number;
  dealSize: number;
  countries: readonly (readonly [code: string, weight: number, tld: string])[];
}

const REGIONS: readonly RegionSpec[] = [
  {
    code: 'NA',
    name: 'North America',
    accountShare: 0.4,
    win: 1,
    dealSize: 1,
    countries: [
      ['US', 0.82, 'com'],
      ['CA', 0.13, 'ca'],
      ['MX', 0.05, 'com.mx'],
    ],
  },
  {
    code: 'EMEA',
    name: 'EMEA',
    accountShare: 0.35,
    win: 1.06,
    dealSize: 1.06,
    countries: [
      ['GB', 0.27, 'co.uk'],
      ['DE', 0.22, 'de'],
      ['FR', 0.15, 'fr'],
      ['NL', 0.09, 'nl'],
      ['SE', 0.06, 'se'],
      ['ES', 0.06, 'es'],
      ['IT', 0.05, 'it'],
      ['IE', 0.05, 'ie'],
      ['AE', 0.05, 'ae'],
    ],
  },
  {
    code: 'APAC',
    name: 'Asia Pacific',
    accountShare: 0.25,
    win: 0.94,
    dealSize: 0.94,
    countries: [
      ['AU', 0.3, 'com.au'],
      ['JP', 0.25, 'co.jp'],
      ['IN', 0.18, 'in'],
      ['SG', 0.15, 'sg'],
      ['KR', 0.07, 'co.kr'],
      ['NZ', 0.05, 'co.nz'],
    ],
  },
];

/**
 * [name, share of accounts, median annual revenue per employee in dollars, adoption]. Adoption
 * scales how many accounts are customers and how many products they have installed, so that
 * penetration differs by industry.
 */
const INDUSTRIES: readonly (readonly [string, number, number, number])[] = [
  ['Technology', 0.2, 250_000, 1.3],
  ['Financial Services', 0.14, 400_000, 1.15],
  ['Healthcare', 0.13, 180_000, 0.9],
  ['Manufacturing', 0.15, 220_000, 0.8],
  ['Retail', 0.12, 150_000, 1],
  ['Media', 0.08, 200_000, 1.05],
  ['Education', 0.08, 90_000, 0.7],
  ['Public Sector', 0.1, 120_000, 0.6],
];

/** [family, typical list price per unit and year in dollars]. */
const FAMILIES: readonly (readonly [string, number])[] = [
  ['Core Platform', 1_800],
  ['Analytics', 1_200],
  ['Security', 1_500],
  ['Integration', 900],
  ['Automation', 1_100],
  ['AI Assistant', 2_000],
  ['Data Cloud', 2_500],
  ['Observability', 1_300],
  ['Collaboration', 600],
  ['Premium Support', 800],
];

/**
 * [name, price multiple, edition rank]: the first five are editions of the family's product
 * (Starter lowest), the others add-ons, which are no edition (null rank).
 */
const EDITIONS: readonly (readonly [string, number, number | null])[] = [
  ['Starter', 0.5, 1],
  ['Standard', 0.75, 2],
  ['Professional', 1, 3],
  ['Enterprise', 1.4, 4],
  ['Unlimited', 1.8, 5],
  ['Add-on', 0.5, null],
  ['Connector Pack', 0.6, null],
  ['Sandbox', 0.4, null],
  ['Governance', 0.9, null],
  ['Edge', 1.1, null],
];

/** Shares of individual contributors by role. */
const IC_ROLES: readonly (readonly [RepRole, number])[] = [
  ['AE', 0.5],
  ['AM', 0.2],
  ['SDR', 0.15],
  ['SE', 0.15],
];

const SMB = 0;
const MID = 1;
const ENT = 2;
/** Segment boundaries of docs/design.md §4: SMB < 200 <= MID < 2000 <= ENT. */
const MID_MIN_EMPLOYEES = 200;
const ENT_MIN_EMPLOYEES = 2000;

const NEW_BUSINESS = 0;
const EXPANSION = 1;
const RENEWAL = 2;

// Rep skill: normal around 1 (sd 0.25), clipped; it drives volume, win rate and deal size so that
// bookings scale with it about linearly.
const SKILL_SD = 0.25;
const SKILL_MIN = 0.4;
const SKILL_MAX = 1.9;
/** Quotas are sized so that the median rep reaches this share of quota over the year. */
const TARGET_MEDIAN_ATTAINMENT = 0.95;

const DEAL_VOLUME_BY_SEGMENT = [1.5, 1, 0.6];
/**
 * Deals closing in the quarter after the generated years, as a share of an average quarter's:
 * the pipeline already created for it (more is created during the quarter itself).
 */
const NEXT_QUARTER_PIPELINE_SHARE = 0.6;
const WIN_RATE_BY_TYPE = [0.26, 0.45, 0.85];
const WIN_FACTOR_BY_SEGMENT = [1, 0.95, 0.85];
const CYCLE_DAYS_BY_SEGMENT = [30, 60, 110];
const CYCLE_FACTOR_BY_TYPE = [1, 0.7, 0.8];
const QUANTITY_BY_SEGMENT = [5, 20, 80];
const DISCOUNT_BPS_BY_SEGMENT = [500, 1200, 2000];
const CUSTOMER_SHARE_BY_SEGMENT = [0.6, 0.75, 0.9];
const INSTALLS_BY_SEGMENT: readonly (readonly [number, number])[] = [
  [1, 2],
  [1, 4],
  [2, 6],
];
const OVERLAY_SHARE_BY_SEGMENT = [0.04, 0.12, 0.22];
const REVENUE_SPLIT_SHARE = 0.1;
/** Line items per deal by segment: bigger customers buy more products at once. */
const LINE_ITEM_COUNT_BY_SEGMENT = [
  new WeightedPicker([1, 2, 3], [0.7, 0.25, 0.05]),
  new WeightedPicker([1, 2, 3], [0.5, 0.32, 0.18]),
  new WeightedPicker([1, 2, 3], [0.3, 0.4, 0.3]),
];
/** The owner's part of a revenue split, in percent; the peer gets the rest. */
const OWNER_SPLIT_PERCENT = new WeightedPicker([50, 60, 70], [0.6, 0.25, 0.15]);

// ---------------------------------------------------------------- fiscal calendar

interface FiscalMonth {
  index: number;
  fiscalYear: number;
  /** 1-12 within the fiscal year. */
  month: number;
  quarter: number;
  key: string;
  startDay: number;
  endDay: number;
}

interface Calendar {
  todayDay: number;
  fiscalYears: number[];
  months: FiscalMonth[];
  firstDay: number;
  endDay: number;
  /** Fiscal month index of each day from firstDay. */
  monthOfDay: Int16Array;
}

function fiscalCalendar(todayDay: number): Calendar {
  const current = periodContaining(dateOfDay(todayDay), 'YEAR', FISCAL_YEAR_START_MONTH).fiscalYear;
  const fiscalYears = [current - 2, current - 1, current];
  const months: FiscalMonth[] = [];
  for (const fiscalYear of fiscalYears) {
    for (let month = 1; month <= 12; month++) {
      const p = parsePeriodKey(monthKey(fiscalYear, month), FISCAL_YEAR_START_MONTH);
      months.push({
        index: months.length,
        fiscalYear,
        month,
        quarter: Math.ceil(month / 3),
        key: p.key,
        startDay: dayFromDate(p.start),
        endDay: dayFromDate(p.end),
      });
    }
  }
  // Deals close up to the end of the quarter after today's, so the next quarter has pipeline even
  // when today is in the year's last quarter: then the next fiscal year's first quarter is added
  // (deals and reps only; it belongs to no generated plan and has no quotas).
  const todayMonth = months.find((m) => m.startDay <= todayDay && todayDay < m.endDay)!;
  if (todayMonth.quarter === 4) {
    for (let month = 1; month <= 3; month++) {
      const p = parsePeriodKey(monthKey(current + 1, month), FISCAL_YEAR_START_MONTH);
      months.push({
        index: months.length,
        fiscalYear: current + 1,
        month,
        quarter: 1,
        key: p.key,
        startDay: dayFromDate(p.start),
        endDay: dayFromDate(p.end),
      });
    }
  }
  const firstDay = months[0]!.startDay;
  const endDay = months.at(-1)!.endDay;
  const monthOfDay = new Int16Array(endDay - firstDay);
  for (const m of months) monthOfDay.fill(m.index, m.startDay - firstDay, m.endDay - firstDay);
  return { todayDay, fiscalYears, months, firstDay, endDay, monthOfDay };
}

function yearStartDay(cal: Calendar, yearIndex: number): number {
  return cal.months[yearIndex * 12]!.startDay;
}

// ---------------------------------------------------------------- products

interface ProductPlan {
  id: number;
  family: number;
  listCents: number;
  popularity: number;
}

function generateProducts(size: DatasetSize, rng: Rng): { plans: ProductPlan[]; rows: ProductRow[] } {
  if (size.productFamilies < 1 || size.productFamilies > FAMILIES.length) {
    throw new Error(`productFamilies must be between 1 and ${FAMILIES.length}`);
  }
  const plans: ProductPlan[] = [];
  const rows: ProductRow[] = [];
  const perFamily = new Array<number>(size.productFamilies).fill(0);
  for (let i = 0; i < size.products; i++) {
    const family = i % size.productFamilies;
    const k = perFamily[family]!++;
    const [familyName, familyPrice] = FAMILIES[family]!;
    const [edition, multiple, editionRank] = EDITIONS[k % EDITIONS.length]!;
    const generation = Math.floor(k / EDITIONS.length);
    // List prices per unit and year, rounded to $10.
    const listCents = roundToCents(familyPrice * multiple * rng.lognormal(0, 0.15) * 100, 1_000);
    const id = i + 1;
    plans.push({ id, family, listCents: Math.max(listCents, 1_000), popularity: rng.lognormal(0, 0.6) });
    rows.push({
      id,
      organizationId: ORGANIZATION_ID,
      externalId: `PRD-${pad(id, 4)}`,
      name: `${familyName} ${edition}${generation > 0 ? ` v${generation + 1}` : ''}`,
      family: familyName,
      // A later generation (v2) of an edition is the same tier as the first.
      editionRank,
      listPrice: formatCents(plans[i]!.listCents),
      active: true,
    });
  }
  return { plans, rows };
}

/** One picker per industry: a product's popularity times the industry's affinity for its family. */
function industryProductPickers(products: ProductPlan[], families: number, rng: Rng): WeightedPicker<number>[] {
  return INDUSTRIES.map(() => {
    const affinity = Array.from({ length: families }, () => Math.min(2.5, Math.max(0.3, rng.lognormal(0, 0.5))));
    return new WeightedPicker(
      products.map((_, i) => i),
      products.map((p) => p.popularity * affinity[p.family]!),
    );
  });
}

// ---------------------------------------------------------------- people

interface RepPlan {
  index: number;
  id: number;
  role: RepRole;
  region: number;
  segment: number | null;
  managerId: number | null;
  hireDay: number;
  /** Exclusive; Infinity while employed. */
  leaveDay: number;
  rampMonths: number;
  skill: number;
  /** Per fiscal month: ramp factor (0-1] of the month, 0 when not employed. */
  ramp: Float64Array;
  /** Per fiscal month: ramp factor x share of the month employed (full-time-equivalent productivity). */
  capacity: Float64Array;
  /** Accounts the rep sells to (shared by a rep who left and their backfill). */
  book: Book;
}

interface Book {
  prospects: number[];
  customers: number[];
}

function isCarrier(role: RepRole): boolean {
  return role === 'AE' || role === 'AM';
}

/** Splits `total` by shares, rounding by largest remainder so the parts add up exactly. */
function apportion(total: number, shares: readonly number[]): number[] {
  const sum = shares.reduce((a, b) => a + b, 0);
  const exact = shares.map((s) => (total * s) / sum);
  const parts = exact.map(Math.floor);
  const order = exact.map((e, i) => [e - Math.floor(e), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  let left = total - parts.reduce((a, b) => a + b, 0);
  for (const [, i] of order) {
    if (left-- <= 0) break;
    parts[i]! += 1;
  }
  return parts;
}

/**
 * Skills of `n` reps by stratified sampling of the normal distribution, so even a small team has
 * a proper bell curve. The best and worst reps of a group are pushed out to be a clear star and a
 * clear struggler.
 */
function skills(n: number, rng: Rng): number[] {
  const z = Array.from({ length: n }, (_, i) => normalQuantile((i + rng.real(0.25, 0.75)) / n));
  if (n >= 5) {
    z[n - 1] = Math.max(z[n - 1]!, 2.5);
    z[0] = Math.min(z[0]!, -2.2);
  }
  return rng.shuffle(z).map((v) => Math.min(SKILL_MAX, Math.max(SKILL_MIN, 1 + SKILL_SD * v)));
}

interface People {
  plans: RepPlan[];
  rows: RepRow[];
}

function generatePeople(size: DatasetSize, cal: Calendar, rng: Rng, nameSeed: number): People {
  const managers = REGIONS.length * size.managersPerRegion;
  const ics = size.reps - 1 - size.salesOps - managers;
  const icsPerRegion = Math.floor(ics / REGIONS.length);
  // Every region gets the same team shape; the indivisible rest joins sales ops.
  const salesOps = size.salesOps + ics - icsPerRegion * REGIONS.length;
  const [aes, ams, sdrs, ses] = apportion(
    icsPerRegion,
    IC_ROLES.map(([, share]) => share),
  ) as [number, number, number, number];
  const leavers = Math.max(1, Math.round(aes * 0.03));
  // New hires: at least one AE and one AM per region, the first (and every other) in the current
  // fiscal year, so newHireRamp has a current-year cohort whatever the size.
  const aeHires = Math.max(1, Math.round(aes * 0.12));
  const amHires = Math.max(1, Math.round(ams * 0.12));
  if (size.managersPerRegion < 1 || aes - 2 * leavers - aeHires < SEGMENTS.length || ams < SEGMENTS.length || ses < 1) {
    throw new Error(`size "${size.name}" has too few reps for ${REGIONS.length} regions with every role and segment`);
  }

  const faker = new Faker({ locale: [en, base] });
  faker.seed(nameSeed);
  const emails = new Set<string>();
  const plans: RepPlan[] = [];
  const rows: RepRow[] = [];
  const fy0 = yearStartDay(cal, 0);
  const fy1 = yearStartDay(cal, 1);
  const fy2 = yearStartDay(cal, 2);
  // Hire k: even k this fiscal year (at least 75 days ago when the year is old enough, for a
  // ramp to show), odd k last year.
  const hireDay = (k: number) => (k % 2 === 0 ? rng.int(fy2, Math.max(fy2, cal.todayDay - 75)) : rng.int(fy1, fy2 - 1));
  const longAgo = () => rng.int(dayFromIso('2016-01-04'), fy0 - 45);

  const add = (
    role: RepRole,
    region: number,
    segment: number | null,
    managerId: number | null,
    hireDay: number,
    extra: { leaveDay?: number; rampMonths?: number; skill?: number } = {},
  ): RepPlan => {
    const id = plans.length + 1;
    const first = faker.person.firstName();
    const last = faker.person.lastName();
    const local = `${first}.${last}`.toLowerCase().replace(/[^a-z.]/g, '');
    let email = `${local}@${EMAIL_DOMAIN}`;
    for (let k = 2; emails.has(email); k++) email = `${local}${k}@${EMAIL_DOMAIN}`;
    emails.add(email);
    const leaveDay = extra.leaveDay ?? Number.POSITIVE_INFINITY;
    const rampMonths = extra.rampMonths ?? 3;
    const ramp = new Float64Array(cal.months.length);
    const capacity = new Float64Array(cal.months.length);
    for (const m of cal.months) {
      const from = Math.max(m.startDay, hireDay);
      const to = Math.min(m.endDay, leaveDay);
      if (to <= from) continue;
      ramp[m.index] = Math.min(1, (monthsBetween(hireDay, m.startDay) + 1) / (rampMonths + 1));
      capacity[m.index] = (ramp[m.index]! * (to - from)) / (m.endDay - m.startDay);
    }
    const plan: RepPlan = {
      index: plans.length,
      id,
      role,
      region,
      segment,
      managerId,
      hireDay,
      leaveDay,
      rampMonths,
      skill: extra.skill ?? 1,
      ramp,
      capacity,
      book: { prospects: [], customers: [] },
    };
    plans.push(plan);
    rows.push({
      id,
      organizationId: ORGANIZATION_ID,
      externalId: `REP-${pad(id, 5)}`,
      name: `${first} ${last}`,
      email,
      role,
      managerId,
      region: REGIONS[region]!.code,
      segment: segment === null ? null : SEGMENTS[segment]!,
      hireDate: isoDay(hireDay),
      terminationDate: Number.isFinite(leaveDay) ? isoDay(leaveDay) : null,
      rampMonths,
    });
    return plan;
  };

  // Headquarters sits in NA: the VP of Sales and sales ops.
  const vp = add('EXECUTIVE', 0, null, null, dayFromIso('2015-06-01') + rng.int(0, 200));
  for (let i = 0; i < salesOps; i++) add('SALES_OPS', 0, null, vp.id, longAgo());
  const managerIds = REGIONS.map((_, region) =>
    Array.from({ length: size.managersPerRegion }, () => add('MANAGER', region, null, vp.id, longAgo()).id),
  );

  // Every region staffs the same template team (the same skills in the same seats, the same story
  // of leavers and hires, each with a little jitter), so that differences between regions come
  // from the regions themselves and not from which region the draw gave its stars to.
  const template = {
    aeSkills: skills(aes, rng),
    amSkills: skills(ams, rng),
    leaveDays: Array.from({ length: leavers }, () => rng.int(fy1 + 60, cal.todayDay - 150)),
    backfillGaps: Array.from({ length: leavers }, () => rng.int(14, 60)),
    aeHireDays: Array.from({ length: aeHires }, (_, k) => hireDay(k)),
    amHireDays: Array.from({ length: amHires }, (_, k) => hireDay(k)),
    backfillRamps: Array.from({ length: leavers }, () => rng.int(3, 6)),
    aeRamps: Array.from({ length: aeHires }, () => rng.int(3, 6)),
    amRamps: Array.from({ length: amHires }, () => rng.int(3, 6)),
  };
  const skill = (value: number) => Math.min(SKILL_MAX, Math.max(SKILL_MIN, value * rng.normal(1, 0.03)));
  const jitter = (day: number) => Math.min(day + rng.int(-10, 10), cal.todayDay - 60);
  // A hire stays in the fiscal year the template put it in.
  const jitterHire = (day: number) =>
    day >= fy2
      ? Math.min(Math.max(day + rng.int(-10, 10), fy2), Math.max(fy2, cal.todayDay - 45))
      : Math.min(day + rng.int(-10, 10), fy2 - 1);

  REGIONS.forEach((_, region) => {
    const team = managerIds[region]!;
    let member = 0;
    const manager = () => team[member++ % team.length]!;
    // AEs: leavers first, then their backfills in the same segment, then the rest round the segments;
    // the last few of the rest are this and last year's new hires.
    const leaverPlans = template.leaveDays.map((leaveDay, i) =>
      add('AE', region, i % SEGMENTS.length, manager(), longAgo(), {
        leaveDay: jitter(leaveDay),
        skill: skill(template.aeSkills[i]!),
      }),
    );
    leaverPlans.forEach((leaver, i) => {
      const backfill = add(
        'AE',
        region,
        leaver.segment,
        manager(),
        jitter(leaver.leaveDay + template.backfillGaps[i]!),
        {
          rampMonths: template.backfillRamps[i]!,
          skill: skill(template.aeSkills[leavers + i]!),
        },
      );
      leaver.book = backfill.book;
    });
    const regular = aes - 2 * leavers;
    for (let i = 0; i < regular; i++) {
      const hire = i - (regular - aeHires);
      add(
        'AE',
        region,
        i % SEGMENTS.length,
        manager(),
        hire >= 0 ? jitterHire(template.aeHireDays[hire]!) : longAgo(),
        {
          rampMonths: hire >= 0 ? template.aeRamps[hire]! : 3,
          skill: skill(template.aeSkills[2 * leavers + i]!),
        },
      );
    }
    for (let i = 0; i < ams; i++) {
      const hire = i - (ams - amHires);
      add(
        'AM',
        region,
        i % SEGMENTS.length,
        manager(),
        hire >= 0 ? jitterHire(template.amHireDays[hire]!) : longAgo(),
        {
          rampMonths: hire >= 0 ? template.amRamps[hire]! : 3,
          skill: skill(template.amSkills[i]!),
        },
      );
    }
    for (let i = 0; i < sdrs; i++) add('SDR', region, null, manager(), longAgo());
    for (let i = 0; i < ses; i++) add('SE', region, null, manager(), longAgo());
  });
  return { plans, rows };
}

// ---------------------------------------------------------------- plans and territories

interface Territories {
  planIds: number[];
  territories: TerritoryRow[];
  territoryRules: TerritoryRuleRow[];
  territoryAssignments: TerritoryAssignmentRow[];
  /** Territory of the current plan by region and segment. */
  currentLeaf: number[][];
}

const SEGMENT_EMPLOYEES: readonly (readonly [number | null, number | null])[] = [
  [null, MID_MIN_EMPLOYEES - 1],
  [MID_MIN_EMPLOYEES, ENT_MIN_EMPLOYEES - 1],
  [ENT_MIN_EMPLOYEES, null],
];

/**
 * One plan per fiscal year (the current one ACTIVE, earlier ones ARCHIVED, each cloned from the
 * year before). Each plan has a GEO territory per region with a SEGMENT territory per segment
 * under it; AEs are PRIMARY and AMs OVERLAY on their region x segment, SEs OVERLAY on their region.
 */
function generateTerritories(cal: Calendar, people: People): Territories {
  const territories: TerritoryRow[] = [];
  const territoryRules: TerritoryRuleRow[] = [];
  const territoryAssignments: TerritoryAssignmentRow[] = [];
  const planIds = cal.fiscalYears.map((_, i) => i + 1);
  let currentLeaf: number[][] = [];
  cal.fiscalYears.forEach((fiscalYear, y) => {
    const salesPlanId = planIds[y]!;
    const start = yearStartDay(cal, y);
    const end = cal.months[y * 12 + 11]!.endDay;
    const archived = y < cal.fiscalYears.length - 1;
    const leaves = REGIONS.map((region, r) => {
      const geo = territories.length + 1;
      territories.push({
        id: geo,
        organizationId: ORGANIZATION_ID,
        salesPlanId,
        externalId: `TER-FY${fiscalYear}-${region.code}`,
        name: region.name,
        kind: 'GEO',
        parentId: null,
      });
      territoryRules.push(rule(territoryRules.length + 1, geo, 0, region.code, null, null));
      const segmentIds = SEGMENTS.map((segment, s) => {
        const id = territories.length + 1;
        territories.push({
          id,
          organizationId: ORGANIZATION_ID,
          salesPlanId,
          externalId: `TER-FY${fiscalYear}-${region.code}-${segment}`,
          name: `${region.name} ${segment}`,
          kind: 'SEGMENT',
          parentId: geo,
        });
        const [min, max] = SEGMENT_EMPLOYEES[s]!;
        territoryRules.push(rule(territoryRules.length + 1, id, 10, region.code, min, max));
        return id;
      });
      for (const rep of people.plans) {
        if (rep.region !== r || !(rep.role === 'AE' || rep.role === 'AM' || rep.role === 'SE')) continue;
        if (rep.hireDay >= end || rep.leaveDay <= start) continue;
        const until = Math.min(rep.leaveDay, archived ? end : Number.POSITIVE_INFINITY);
        territoryAssignments.push({
          id: territoryAssignments.length + 1,
          organizationId: ORGANIZATION_ID,
          territoryId: rep.role === 'SE' ? geo : segmentIds[rep.segment!]!,
          repId: rep.id,
          role: rep.role === 'AE' ? 'PRIMARY' : 'OVERLAY',
          startDate: isoDay(Math.max(start, rep.hireDay)),
          endDate: Number.isFinite(until) ? isoDay(until) : null,
        });
      }
      return segmentIds;
    });
    if (!archived) currentLeaf = leaves;
  });
  return { territories, territoryRules, territoryAssignments, currentLeaf, planIds };
}

function rule(
  id: number,
  territoryId: number,
  priority: number,
  region: string,
  minEmployees: number | null,
  maxEmployees: number | null,
): TerritoryRuleRow {
  return {
    id,
    organizationId: ORGANIZATION_ID,
    territoryId,
    priority,
    region,
    country: null,
    industry: null,
    minEmployees,
    maxEmployees,
  };
}

// ---------------------------------------------------------------- accounts

interface AccountPlan {
  id: number;
  name: string;
  region: number;
  segment: number;
  industry: number;
  /** Products installed before the first generated year (indexes into the product list). */
  installed: number[];
}

interface Accounts {
  plans: AccountPlan[];
  rows: AccountRow[];
  /** Installed base: [account index, product index, since day, arr cents]. */
  installs: [number, number, number, number][];
}

function segmentOf(employees: number): number {
  return employees < MID_MIN_EMPLOYEES ? SMB : employees < ENT_MIN_EMPLOYEES ? MID : ENT;
}

function generateAccounts(
  size: DatasetSize,
  cal: Calendar,
  products: ProductPlan[],
  pickers: WeightedPicker<number>[],
  people: People,
  currentLeaf: number[][],
  rng: Rng,
  nameSeed: number,
): Accounts {
  const faker = new Faker({ locale: [en, base] });
  faker.seed(nameSeed);
  const regionPicker = new WeightedPicker(
    REGIONS.map((_, i) => i),
    REGIONS.map((r) => r.accountShare),
  );
  const countryPickers = REGIONS.map(
    (r) =>
      new WeightedPicker(
        [...r.countries],
        r.countries.map(([, w]) => w),
      ),
  );
  const industryPicker = new WeightedPicker(
    INDUSTRIES.map((_, i) => i),
    INDUSTRIES.map(([, w]) => w),
  );
  // Current owners: AEs employed today, round-robin within their region and segment.
  const owners = REGIONS.map((_, r) =>
    SEGMENTS.map((_, s) =>
      people.plans.filter((p) => p.role === 'AE' && p.region === r && p.segment === s && p.leaveDay > cal.todayDay),
    ),
  );
  const accountManagers = REGIONS.map((_, r) =>
    SEGMENTS.map((_, s) => people.plans.filter((p) => p.role === 'AM' && p.region === r && p.segment === s)),
  );
  const ownerTurn = REGIONS.map(() => SEGMENTS.map(() => 0));
  const amTurn = REGIONS.map(() => SEGMENTS.map(() => 0));
  const enterprisesByIndustry = INDUSTRIES.map((): number[] => []);
  const names = new Set<string>();
  const domains = new Set<string>();
  const plans: AccountPlan[] = [];
  const rows: AccountRow[] = [];
  const installs: Accounts['installs'] = [];
  const installedBefore = yearStartDay(cal, 0);

  for (let i = 0; i < size.accounts; i++) {
    const id = i + 1;
    const region = regionPicker.pick(rng);
    const [country, , tld] = countryPickers[region]!.pick(rng);
    const industry = industryPicker.pick(rng);
    const employees = Math.min(400_000, Math.max(3, Math.round(rng.lognormal(Math.log(350), 1.6))));
    const segment = segmentOf(employees);
    const revenuePerEmployee = INDUSTRIES[industry]![2] * rng.lognormal(0, 0.4);
    const annualRevenueCents = roundToCents(employees * revenuePerEmployee * 100, 100_000);

    let name = faker.company.name();
    if (names.has(name)) name = `${name} ${country}`;
    for (let k = 2; names.has(name); k++) name = `${name.replace(/ \d+$/, '')} ${k}`;
    names.add(name);
    const stem = name.toLowerCase().replace(/[^a-z0-9]+/g, '');
    let domain = `${stem}.${tld}`;
    for (let k = 2; domains.has(domain); k++) domain = `${stem}${k}.${tld}`;
    domains.add(domain);

    // About one ENT account in ten is a subsidiary of an earlier one in the same industry.
    const parents = enterprisesByIndustry[industry]!;
    const parentId = segment === ENT && parents.length > 0 && rng.chance(0.1) ? rng.pick(parents) : null;
    if (segment === ENT) parents.push(id);

    const installed: number[] = [];
    const adoption = INDUSTRIES[industry]![3];
    if (rng.chance(Math.min(0.97, CUSTOMER_SHARE_BY_SEGMENT[segment]! * adoption))) {
      const [min, max] = INSTALLS_BY_SEGMENT[segment]!;
      const want = Math.max(1, Math.round(rng.int(min, max) * adoption));
      for (let guard = 0; installed.length < want && guard < 50; guard++) {
        const p = pickers[industry]!.pick(rng);
        if (installed.includes(p)) continue;
        installed.push(p);
        const quantity = Math.max(1, Math.round(QUANTITY_BY_SEGMENT[segment]! * rng.lognormal(0, 0.5)));
        const bps = discountBps(segment, 1, rng);
        installs.push([
          i,
          p,
          rng.int(dayFromIso('2018-02-01'), installedBefore - 1),
          quantity * discounted(products[p]!.listCents, bps),
        ]);
      }
    }

    const candidates = owners[region]![segment]!;
    const owner = candidates[ownerTurn[region]![segment]!++ % candidates.length]!;
    (installed.length > 0 ? owner.book.customers : owner.book.prospects).push(i);
    if (installed.length > 0) {
      const ams = accountManagers[region]![segment]!;
      ams[amTurn[region]![segment]!++ % ams.length]!.book.customers.push(i);
    }

    plans.push({ id, name, region, segment, industry, installed });
    rows.push({
      id,
      organizationId: ORGANIZATION_ID,
      externalId: `ACC-${pad(id, 6)}`,
      name,
      domain,
      industry: INDUSTRIES[industry]![0],
      country,
      region: REGIONS[region]!.code,
      employees,
      annualRevenue: formatCents(annualRevenueCents),
      segment: SEGMENTS[segment]!,
      territoryId: currentLeaf[region]![segment]!,
      ownerId: owner.id,
      parentId,
    });
  }
  for (const p of people.plans) {
    if (isCarrier(p.role) && p.book.customers.length + p.book.prospects.length === 0) {
      throw new Error(`size "${size.name}" has too few accounts: ${p.role} ${p.id} has none to sell to`);
    }
  }
  return { plans, rows, installs };
}

/** Discount off list in basis points (steps of 50): bigger customers negotiate harder, better reps discount less. */
function discountBps(segment: number, skill: number, rng: Rng): number {
  const bps = DISCOUNT_BPS_BY_SEGMENT[segment]! + rng.normal(0, 400) - (skill - 1) * 800;
  return Math.round(Math.min(4_000, Math.max(0, bps)) / 50) * 50;
}

// ---------------------------------------------------------------- opportunities

interface Deals {
  rows: OpportunityRow[];
  lineItems: OpportunityLineItemRow[];
  splits: OpportunitySplitRow[];
  columns: DealColumns;
  /** Credited bookings of every deal that is or will be won, by rep index x fiscal month, in cents. */
  credit: Float64Array;
  /** Products bought in won deals that were not installed before: account x product -> [since day, arr cents]. */
  wonInstalls: Map<number, [number, number]>;
}

/** Close dates bunch at quarter end: later months of a quarter, and its last two weeks, weigh more; weekends little. */
function closeDayPicker(cal: Calendar, months: readonly FiscalMonth[]): WeightedPicker<number> {
  const days: number[] = [];
  const weights: number[] = [];
  const monthWeight = [0.75, 0.95, 1.3];
  for (const m of months) {
    const growth = 1 + 0.15 * (m.index / 12);
    const quarterEnd = cal.months[m.index + 3 - (((m.month - 1) % 3) + 1)]!.endDay;
    for (let d = m.startDay; d < m.endDay; d++) {
      const wd = weekday(d);
      days.push(d);
      weights.push(
        growth * monthWeight[(m.month - 1) % 3]! * (quarterEnd - d <= 14 ? 1.6 : 1) * (wd === 0 || wd === 6 ? 0.15 : 1),
      );
    }
  }
  return new WeightedPicker(days, weights);
}

function generateOpportunities(
  size: DatasetSize,
  cal: Calendar,
  products: ProductPlan[],
  productRows: ProductRow[],
  pickers: WeightedPicker<number>[],
  people: People,
  accounts: Accounts,
  rng: Rng,
  nextQuarterRng: Rng,
): Deals {
  const n = size.opportunities;
  // The last deals close in the quarter after the generated years, when the calendar has one:
  // drawn from their own stream, so the deals before them are the same as without it.
  const yearMonths = cal.months.slice(0, cal.fiscalYears.length * 12);
  const nextMonths = cal.months.slice(yearMonths.length);
  const nextCount = Math.round(((n * nextMonths.length) / yearMonths.length) * NEXT_QUARTER_PIPELINE_SHARE);
  const firstNext = n - nextCount;
  const monthsCount = cal.months.length;
  const carriers = people.plans.filter((p) => isCarrier(p.role));
  const owners = cal.months.map(
    (m) =>
      new WeightedPicker(
        carriers,
        carriers.map((p) => p.capacity[m.index]! * DEAL_VOLUME_BY_SEGMENT[p.segment!]! * p.skill ** 0.3),
      ),
  );
  // Split partners: reps of a role and region employed during a month.
  const pools = new Map<string, RepPlan[]>();
  for (const p of people.plans) {
    if (!(isCarrier(p.role) || p.role === 'SE')) continue;
    for (const m of cal.months) {
      if (p.capacity[m.index]! === 0) continue;
      const key = `${m.index}:${p.region}:${p.role}`;
      const pool = pools.get(key);
      if (pool) pool.push(p);
      else pools.set(key, [p]);
    }
  }
  const partner = (month: number, rep: RepPlan, role: RepRole, day: number): RepPlan | null => {
    const pool = pools.get(`${month}:${rep.region}:${role}`);
    if (!pool) return null;
    for (let attempt = 0; attempt < 6; attempt++) {
      const p = rng.pick(pool);
      if (p !== rep && p.hireDay <= day && day < p.leaveDay) return p;
    }
    return null;
  };

  const days = closeDayPicker(cal, yearMonths);
  const nextDays = nextCount > 0 ? closeDayPicker(cal, nextMonths) : days;
  const columns: DealColumns = {
    count: n,
    createdDay: new Int32Array(n),
    closeDay: new Int32Array(n),
    stage: new Uint8Array(n),
    forecastCategory: new Uint8Array(n),
    type: new Uint8Array(n),
    segment: new Uint8Array(n),
    amountCents: new Float64Array(n),
  };
  const rows: OpportunityRow[] = [];
  const lineItems: OpportunityLineItemRow[] = [];
  const splits: OpportunitySplitRow[] = [];
  const credit = new Float64Array(people.plans.length * monthsCount);
  const wonInstalls = new Map<number, [number, number]>();
  const today = cal.todayDay;
  const chosen: number[] = [];
  const lineCents: number[] = [];

  for (let i = 0; i < n; i++) {
    const id = i + 1;
    if (i === firstNext) rng = nextQuarterRng;
    let closeDay = (i < firstNext ? days : nextDays).pick(rng);
    const month = cal.monthOfDay[closeDay - cal.firstDay]!;
    const owner = owners[month]!.pick(rng);
    // The owner may have joined or left within the month: keep the deal inside their tenure.
    const m = cal.months[month]!;
    if (closeDay < owner.hireDay) closeDay = Math.min(owner.hireDay + rng.int(0, 6), m.endDay - 1);
    if (closeDay >= owner.leaveDay) closeDay = Math.max(owner.leaveDay - 1 - rng.int(0, 6), m.startDay, owner.hireDay);
    const ramp = owner.ramp[month]!;
    const region = REGIONS[owner.region]!;

    // AEs hunt new logos and sell more to their customers; AMs renew and expand the installed base.
    let type: number;
    let accountIndex: number;
    const book = owner.book;
    if (owner.role === 'AM' || (book.customers.length > 0 && (book.prospects.length === 0 || rng.chance(0.45)))) {
      accountIndex = rng.pick(book.customers);
      type =
        owner.role === 'AM' ? (rng.chance(0.55) ? RENEWAL : EXPANSION) : rng.chance(0.7) ? EXPANSION : NEW_BUSINESS;
    } else {
      accountIndex = rng.pick(book.prospects);
      type = NEW_BUSINESS;
    }
    const account = accounts.plans[accountIndex]!;
    const segment = account.segment;

    // Line items: renewals renew installed products; expansions add seats to one and may cross-sell;
    // new business sells products the account does not have. Amount = sum of line totals, in cents.
    const count = LINE_ITEM_COUNT_BY_SEGMENT[segment]!.pick(rng);
    chosen.length = 0;
    if (type === RENEWAL) {
      for (const p of rng.shuffle([...account.installed])) if (chosen.length < count) chosen.push(p);
    } else {
      if (type === EXPANSION) chosen.push(rng.pick(account.installed));
      for (let guard = 0; chosen.length < count && guard < 20; guard++) {
        const p = pickers[account.industry]!.pick(rng);
        if (!account.installed.includes(p) && !chosen.includes(p)) chosen.push(p);
      }
      if (chosen.length === 0) chosen.push(pickers[account.industry]!.pick(rng));
    }
    const sizeFactor = owner.skill ** 0.25 * region.dealSize * (0.75 + 0.25 * ramp);
    let amountCents = 0;
    lineCents.length = 0;
    for (let k = 0; k < chosen.length; k++) {
      const p = chosen[k]!;
      const upsell = type === EXPANSION && k === 0;
      const quantity = Math.max(
        1,
        Math.round(QUANTITY_BY_SEGMENT[segment]! * rng.lognormal(0, 0.4) * sizeFactor * (upsell ? 0.5 : 1)),
      );
      const unitCents = discounted(products[p]!.listCents, discountBps(segment, owner.skill, rng));
      const totalCents = quantity * unitCents;
      amountCents += totalCents;
      lineCents.push(totalCents);
      lineItems.push({
        id: lineItems.length + 1,
        organizationId: ORGANIZATION_ID,
        opportunityId: id,
        productId: products[p]!.id,
        quantity: `${quantity}`,
        unitPrice: formatCents(unitCents),
        totalPrice: formatCents(totalCents),
      });
    }

    const cycle = Math.max(
      1,
      Math.round(CYCLE_DAYS_BY_SEGMENT[segment]! * CYCLE_FACTOR_BY_TYPE[type]! * rng.lognormal(0, 0.5)),
    );
    let createdDay = Math.max(closeDay - cycle, owner.hireDay);
    if (createdDay > today - 1) createdDay = Math.max(today - 1 - rng.int(0, 13), owner.hireDay);

    // Every deal has a fate; open ones just do not know it yet (it sizes quotas and the stage they are in).
    const winProbability = Math.min(
      0.97,
      WIN_RATE_BY_TYPE[type]! * WIN_FACTOR_BY_SEGMENT[segment]! * owner.skill ** 0.45 * region.win * (0.6 + 0.4 * ramp),
    );
    const wins = rng.chance(winProbability);
    let stage: number;
    let category: number;
    if (closeDay < today) {
      stage = wins ? WON : LOST;
      category = wins ? CLOSED : OMITTED;
    } else {
      const progress = (today - createdDay) / Math.max(1, closeDay - createdDay);
      stage = Math.min(
        LAST_OPEN_STAGE,
        Math.max(0, Math.floor(progress * 5 + rng.normal(0, 0.8) + (wins ? 0.7 : -0.3))),
      );
      category = openCategory(stage, wins, rng);
    }

    // Splits: a revenue split with a peer (owner keeps the larger part), or an SE overlay.
    let ownerPercent = 100;
    let peer: RepPlan | null = null;
    if (rng.chance(REVENUE_SPLIT_SHARE)) {
      peer = partner(month, owner, owner.role, closeDay);
      if (peer) {
        ownerPercent = OWNER_SPLIT_PERCENT.pick(rng);
        splits.push(split(splits.length + 1, id, owner.id, ownerPercent, 'REVENUE'));
        splits.push(split(splits.length + 1, id, peer.id, 100 - ownerPercent, 'REVENUE'));
      }
    }
    if (rng.chance(OVERLAY_SHARE_BY_SEGMENT[segment]!)) {
      const se = partner(month, owner, 'SE', closeDay);
      if (se) splits.push(split(splits.length + 1, id, se.id, rng.chance(0.7) ? 100 : 50, 'OVERLAY'));
    }
    if (wins) {
      // Credit in whole cents; the peer gets the remainder so the parts add up to the amount.
      const ownerCredit = Math.round((amountCents * ownerPercent) / 100);
      credit[owner.index * monthsCount + month]! += ownerCredit;
      if (peer) credit[peer.index * monthsCount + month]! += amountCents - ownerCredit;
    }
    if (stage === WON) {
      for (let k = 0; k < chosen.length; k++) {
        const p = chosen[k]!;
        if (account.installed.includes(p)) continue;
        const key = accountIndex * products.length + p;
        const earlier = wonInstalls.get(key);
        if (!earlier || closeDay < earlier[0]) wonInstalls.set(key, [closeDay, lineCents[k]!]);
      }
    }

    columns.createdDay[i] = createdDay;
    columns.closeDay[i] = closeDay;
    columns.stage[i] = stage;
    columns.forecastCategory[i] = category;
    columns.type[i] = type;
    columns.segment[i] = segment;
    columns.amountCents[i] = amountCents;
    const familyName = productRows[chosen[0]!]!.family;
    rows.push({
      id,
      organizationId: ORGANIZATION_ID,
      externalId: `OPP-${pad(id, 7)}`,
      name:
        type === RENEWAL
          ? `${account.name} - Renewal FY${m.fiscalYear}`
          : `${account.name} - ${familyName}${type === EXPANSION ? ' Expansion' : ''}`,
      accountId: account.id,
      ownerId: owner.id,
      amount: formatCents(amountCents),
      type: OPPORTUNITY_TYPES[type]!,
      stage: STAGES[stage]!,
      forecastCategory: FORECAST_CATEGORIES[category]!,
      createdDate: isoDay(createdDay),
      closeDate: isoDay(closeDay),
    });
  }
  return { rows, lineItems, splits, columns, credit, wonInstalls };
}

/** Open deals: early stages are PIPELINE; later ones are a call between BEST_CASE and COMMIT, better for deals that will win. */
function openCategory(stage: number, wins: boolean, rng: Rng): number {
  switch (stage) {
    case 0:
    case 1:
      return PIPELINE;
    case 2:
      return rng.chance(wins ? 0.4 : 0.2) ? BEST_CASE : PIPELINE;
    case 3:
      return rng.chance(wins ? 0.5 : 0.25) ? COMMIT : BEST_CASE;
    default:
      return rng.chance(wins ? 0.85 : 0.6) ? COMMIT : BEST_CASE;
  }
}

function split(
  id: number,
  opportunityId: number,
  repId: number,
  percent: number,
  splitType: SplitType,
): OpportunitySplitRow {
  return {
    id,
    organizationId: ORGANIZATION_ID,
    opportunityId,
    repId,
    percent: formatMillionths(percent * 10_000),
    splitType,
  };
}

// ---------------------------------------------------------------- quotas and plans

/**
 * Monthly quotas for AEs and AMs, quarterly for managers (their team's sum) and the VP (all
 * managers' sum). Each year and rep group (role and segment) gets one full-productivity monthly
 * quota: the group's median yearly bookings per productive month / TARGET_MEDIAN_ATTAINMENT, so
 * the median rep lands just under 100% and the bell curve spreads around it. A rep's month gets
 * that quota x the month's capacity (ramping new hires get less; none before hire or after leaving).
 * Sizing uses statistics over bookings; the stored amounts are whole multiples of $500.
 */
function generateQuotas(
  cal: Calendar,
  people: People,
  deals: Deals,
  planIds: number[],
): { quotas: QuotaRow[]; targets: number[] } {
  const quotas: QuotaRow[] = [];
  const targets: number[] = [];
  const monthsCount = cal.months.length;
  const carriers = people.plans.filter((p) => isCarrier(p.role));
  const group = (p: RepPlan) => `${p.role}:${p.segment}`;
  const monthCents = new Float64Array(people.plans.length * monthsCount);

  cal.fiscalYears.forEach((fiscalYear, y) => {
    const salesPlanId = planIds[y]!;
    const months = cal.months.slice(y * 12, y * 12 + 12);
    const productivity = new Map<string, number[]>();
    for (const p of carriers) {
      let capacity = 0;
      let bookings = 0;
      for (const m of months) {
        capacity += p.capacity[m.index]!;
        bookings += deals.credit[p.index * monthsCount + m.index]!;
      }
      // Reps with under a quarter of productive time say little about a full year.
      if (capacity < 3) continue;
      const list = productivity.get(group(p)) ?? [];
      list.push(bookings / capacity);
      productivity.set(group(p), list);
    }
    let yearTotal = 0;
    for (const p of carriers) {
      const perMonth = median(productivity.get(group(p)) ?? [0]) / TARGET_MEDIAN_ATTAINMENT;
      for (const m of months) {
        const cents = roundToCents(perMonth * p.capacity[m.index]!, 50_000);
        if (cents === 0) continue;
        monthCents[p.index * monthsCount + m.index] = cents;
        yearTotal += cents;
        quotas.push(quota(quotas.length + 1, salesPlanId, p.id, m.key, m.startDay, m.endDay, cents));
      }
    }
    // The target is what the individual quotas add up to, so quotaCheck matches (docs/design.md
    // §10: each dollar of quota counted once; the managers' team quotas restate their teams').
    targets.push(yearTotal);

    const managers = people.plans.filter((p) => p.role === 'MANAGER');
    const vp = people.plans.find((p) => p.role === 'EXECUTIVE')!;
    for (let q = 1; q <= 4; q++) {
      const quarterMonths = months.slice((q - 1) * 3, q * 3);
      const key = quarterKey(fiscalYear, q);
      let all = 0;
      for (const manager of managers) {
        let team = 0;
        for (const p of carriers) {
          if (p.managerId !== manager.id) continue;
          for (const m of quarterMonths) team += monthCents[p.index * monthsCount + m.index]!;
        }
        if (team === 0) continue;
        all += team;
        quotas.push(
          quota(
            quotas.length + 1,
            salesPlanId,
            manager.id,
            key,
            quarterMonths[0]!.startDay,
            quarterMonths[2]!.endDay,
            team,
          ),
        );
      }
      if (all > 0)
        quotas.push(
          quota(quotas.length + 1, salesPlanId, vp.id, key, quarterMonths[0]!.startDay, quarterMonths[2]!.endDay, all),
        );
    }
  });
  return { quotas, targets };
}

function quota(
  id: number,
  salesPlanId: number,
  repId: number,
  periodKey: string,
  startDay: number,
  endDay: number,
  cents: number,
): QuotaRow {
  return {
    id,
    organizationId: ORGANIZATION_ID,
    salesPlanId,
    repId,
    periodKey,
    periodStart: isoDay(startDay),
    periodEnd: isoDay(endDay),
    amount: formatCents(cents),
  };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** The installed base plus products first bought in won deals, ordered by account and product. */
function accountProducts(accounts: Accounts, products: ProductPlan[], deals: Deals): AccountProductRow[] {
  const all: [number, number, number, number][] = [...accounts.installs];
  for (const [key, [since, arr]] of deals.wonInstalls) {
    all.push([Math.floor(key / products.length), key % products.length, since, arr]);
  }
  all.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  return all.map(([account, product, since, arr], i) => ({
    id: i + 1,
    organizationId: ORGANIZATION_ID,
    accountId: accounts.plans[account]!.id,
    productId: products[product]!.id,
    since: isoDay(since),
    endDate: null,
    arr: formatCents(arr),
  }));
}

// ---------------------------------------------------------------- forecast calls

/** The quarters with calls: the four before today's and today's own. */
function callQuarters(cal: Calendar): CallQuarter[] {
  const today = cal.months.findIndex((m) => m.startDay <= cal.todayDay && cal.todayDay < m.endDay);
  const current = today - ((cal.months[today]!.month - 1) % 3);
  const quarters: CallQuarter[] = [];
  for (let start = Math.max(0, current - 12); start <= current; start += 3) {
    const first = cal.months[start]!;
    quarters.push({
      key: quarterKey(first.fiscalYear, first.quarter),
      startDay: first.startDay,
      endDay: cal.months[start + 2]!.endDay,
    });
  }
  return quarters;
}

// ---------------------------------------------------------------- entry point

export function resolveSize(size: DatasetSize | SizeName): DatasetSize {
  if (typeof size !== 'string') return size;
  const found = DATASET_SIZES[size];
  if (!found) throw new Error(`unknown size "${size}"; use ${Object.keys(DATASET_SIZES).join(' or ')}`);
  return found;
}

export function generateDataset(sizeOrName: DatasetSize | SizeName, options: GenerateOptions = {}): Dataset {
  const size = resolveSize(sizeOrName);
  const seed = options.seed ?? DEFAULT_SEED;
  const today = options.today ?? DEFAULT_TODAY;
  const cal = fiscalCalendar(dayFromIso(today));
  const root = new Rng(seed, 'coxswain-demo');

  const products = generateProducts(size, root.fork('products'));
  const pickers = industryProductPickers(products.plans, size.productFamilies, root.fork('affinity'));
  const people = generatePeople(size, cal, root.fork('people'), root.uint32());
  const plans = generateTerritories(cal, people);
  const accounts = generateAccounts(
    size,
    cal,
    products.plans,
    pickers,
    people,
    plans.currentLeaf,
    root.fork('accounts'),
    root.uint32(),
  );
  const deals = generateOpportunities(
    size,
    cal,
    products.plans,
    products.rows,
    pickers,
    people,
    accounts,
    root.fork('deals'),
    root.fork('next-quarter-deals'),
  );
  const { quotas, targets } = generateQuotas(cal, people, deals, plans.planIds);
  const historySeed = root.uint32();
  const forecastSubmissions = forecastCalls({
    organizationId: ORGANIZATION_ID,
    seed: root.uint32(),
    historySeed,
    todayDay: cal.todayDay,
    quarters: callQuarters(cal),
    reps: people.plans.map((p) => ({
      id: p.id,
      role: p.role,
      managerId: p.managerId,
      email: people.rows[p.index]!.email,
      hireDay: p.hireDay,
      leaveDay: p.leaveDay,
    })),
    deals: deals.columns,
    ownerIds: Int32Array.from(deals.rows, (o) => o.ownerId),
    revenueSplits: deals.splits
      .filter((s) => s.splitType === 'REVENUE')
      .map((s) => [s.opportunityId, s.repId, Number(s.percent)] as const),
  });

  const installed = arrHistory(accountProducts(accounts, products.plans, deals), seed, cal.todayDay);
  const history = hierarchyHistory(people.rows, accounts.rows, plans.territories, seed, cal.todayDay);

  const last = cal.fiscalYears.length - 1;
  return {
    size,
    seed,
    today,
    organizations: [
      {
        id: ORGANIZATION_ID,
        name: 'Acme Cloud',
        slug: 'acme',
        fiscalYearStartMonth: FISCAL_YEAR_START_MONTH,
        timeZone: 'UTC',
        currency: 'USD',
      },
    ],
    reps: people.rows,
    salesPlans: cal.fiscalYears.map((fiscalYear, y) => ({
      id: plans.planIds[y]!,
      organizationId: ORGANIZATION_ID,
      fiscalYear,
      name: `FY${fiscalYear} Sales Plan`,
      status: y === last ? 'ACTIVE' : 'ARCHIVED',
      version: 1,
      targetAmount: formatCents(targets[y]!),
      clonedFromId: y === 0 ? null : plans.planIds[y - 1]!,
    })),
    territories: plans.territories,
    territoryRules: plans.territoryRules,
    territoryAssignments: plans.territoryAssignments,
    products: products.rows,
    accounts: accounts.rows,
    accountProducts: installed.accountProducts,
    accountProductArrs: installed.history,
    repManagerHistory: history.managers,
    accountTerritoryHistory: history.placements,
    quotas,
    opportunities: deals.rows,
    opportunityLineItems: deals.lineItems,
    opportunitySplits: deals.splits,
    opportunityHistory: (batchSize = 10_000) =>
      historyBatches(deals.columns, {
        seed: historySeed,
        organizationId: ORGANIZATION_ID,
        todayDay: cal.todayDay,
        batchSize,
      }),
    forecastSubmissions,
  };
}

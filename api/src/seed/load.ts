// Bulk loading of a generated dataset through SqlRunner, so it works the same on PostgreSQL and
// on the embedded PGlite. Each batch is one statement, `INSERT ... SELECT * FROM unnest(...)`,
// with one array parameter per column: a few hundred statements for millions of rows. Arrays are
// sent as PostgreSQL array literals (text) and cast on the server, which both drivers pass through
// untouched and which is much cheaper than letting a driver serialise millions of values.
import type { SqlConnection, SqlRunner } from '../db/sql-runner.js';
import type { Dataset } from './generate.js';

type ColumnType = 'int' | 'text' | 'numeric' | 'date' | 'timestamp' | 'bool' | `"${string}"`;

interface TableSpec {
  table: string;
  columns: readonly (readonly [name: string, type: ColumnType])[];
}

/** Tables in an order that satisfies every foreign key. */
const TABLES = {
  organizations: {
    table: 'Organization',
    columns: [
      ['id', 'int'],
      ['name', 'text'],
      ['slug', 'text'],
      ['fiscalYearStartMonth', 'int'],
      ['timeZone', 'text'],
      ['currency', 'text'],
    ],
  },
  reps: {
    table: 'Rep',
    columns: [
      ['id', 'int'],
      ['organizationId', 'int'],
      ['externalId', 'text'],
      ['name', 'text'],
      ['email', 'text'],
      ['role', '"RepRole"'],
      ['managerId', 'int'],
      ['region', 'text'],
      ['segment', '"Segment"'],
      ['hireDate', 'date'],
      ['terminationDate', 'date'],
      ['rampMonths', 'int'],
    ],
  },
  salesPlans: {
    table: 'SalesPlan',
    columns: [
      ['id', 'int'],
      ['organizationId', 'int'],
      ['fiscalYear', 'int'],
      ['name', 'text'],
      ['status', '"SalesPlanStatus"'],
      ['version', 'int'],
      ['targetAmount', 'numeric'],
      ['clonedFromId', 'int'],
    ],
  },
  territories: {
    table: 'Territory',
    columns: [
      ['id', 'int'],
      ['organizationId', 'int'],
      ['salesPlanId', 'int'],
      ['externalId', 'text'],
      ['name', 'text'],
      ['kind', '"TerritoryKind"'],
      ['parentId', 'int'],
    ],
  },
  territoryRules: {
    table: 'TerritoryRule',
    columns: [
      ['id', 'int'],
      ['organizationId', 'int'],
      ['territoryId', 'int'],
      ['priority', 'int'],
      ['region', 'text'],
      ['country', 'text'],
      ['industry', 'text'],
      ['minEmployees', 'int'],
      ['maxEmployees', 'int'],
    ],
  },
  territoryAssignments: {
    table: 'TerritoryAssignment',
    columns: [
      ['id', 'int'],
      ['organizationId', 'int'],
      ['territoryId', 'int'],
      ['repId', 'int'],
      ['role', '"TerritoryRole"'],
      ['startDate', 'date'],
      ['endDate', 'date'],
    ],
  },
  products: {
    table: 'Product',
    columns: [
      ['id', 'int'],
      ['organizationId', 'int'],
      ['externalId', 'text'],
      ['name', 'text'],
      ['family', 'text'],
      ['editionRank', 'int'],
      ['listPrice', 'numeric'],
      ['active', 'bool'],
    ],
  },
  accounts: {
    table: 'Account',
    columns: [
      ['id', 'int'],
      ['organizationId', 'int'],
      ['externalId', 'text'],
      ['name', 'text'],
      ['domain', 'text'],
      ['industry', 'text'],
      ['country', 'text'],
      ['region', 'text'],
      ['employees', 'int'],
      ['annualRevenue', 'numeric'],
      ['segment', '"Segment"'],
      ['territoryId', 'int'],
      ['ownerId', 'int'],
      ['parentId', 'int'],
    ],
  },
  accountProducts: {
    table: 'AccountProduct',
    columns: [
      ['id', 'int'],
      ['organizationId', 'int'],
      ['accountId', 'int'],
      ['productId', 'int'],
      ['since', 'date'],
      ['endDate', 'date'],
      ['arr', 'numeric'],
    ],
  },
  accountProductArrs: {
    table: 'AccountProductArr',
    columns: [
      ['organizationId', 'int'],
      ['accountId', 'int'],
      ['productId', 'int'],
      ['effectiveFrom', 'date'],
      ['arr', 'numeric'],
    ],
  },
  repManagerHistory: {
    table: 'RepManagerHistory',
    columns: [
      ['organizationId', 'int'],
      ['repId', 'int'],
      ['managerId', 'int'],
      ['validFrom', 'date'],
      ['validTo', 'date'],
    ],
  },
  accountTerritoryHistory: {
    table: 'AccountTerritoryHistory',
    columns: [
      ['organizationId', 'int'],
      ['accountId', 'int'],
      ['territoryId', 'int'],
      ['validFrom', 'date'],
      ['validTo', 'date'],
    ],
  },
  quotas: {
    table: 'Quota',
    columns: [
      ['id', 'int'],
      ['organizationId', 'int'],
      ['salesPlanId', 'int'],
      ['repId', 'int'],
      ['periodKey', 'text'],
      ['periodStart', 'date'],
      ['periodEnd', 'date'],
      ['amount', 'numeric'],
    ],
  },
  lossReasons: {
    table: 'LossReason',
    columns: [
      ['id', 'int'],
      ['organizationId', 'int'],
      ['externalId', 'text'],
      ['label', 'text'],
      ['active', 'bool'],
    ],
  },
  opportunities: {
    table: 'Opportunity',
    columns: [
      ['id', 'int'],
      ['organizationId', 'int'],
      ['externalId', 'text'],
      ['name', 'text'],
      ['accountId', 'int'],
      ['ownerId', 'int'],
      ['amount', 'numeric'],
      ['type', '"OpportunityType"'],
      ['stage', '"OpportunityStage"'],
      ['forecastCategory', '"ForecastCategory"'],
      ['createdDate', 'date'],
      ['closeDate', 'date'],
      ['source', 'text'],
      ['lossReasonId', 'int'],
      ['competitor', 'text'],
    ],
  },
  opportunityLineItems: {
    table: 'OpportunityLineItem',
    columns: [
      ['id', 'int'],
      ['organizationId', 'int'],
      ['opportunityId', 'int'],
      ['productId', 'int'],
      ['quantity', 'numeric'],
      ['unitPrice', 'numeric'],
      ['totalPrice', 'numeric'],
    ],
  },
  opportunitySplits: {
    table: 'OpportunitySplit',
    columns: [
      ['id', 'int'],
      ['organizationId', 'int'],
      ['opportunityId', 'int'],
      ['repId', 'int'],
      ['percent', 'numeric'],
      ['splitType', '"SplitType"'],
    ],
  },
  opportunityHistory: {
    table: 'OpportunityHistory',
    columns: [
      ['id', 'int'],
      ['organizationId', 'int'],
      ['opportunityId', 'int'],
      ['changedAt', 'timestamp'],
      ['stage', '"OpportunityStage"'],
      ['amount', 'numeric'],
      ['closeDate', 'date'],
      ['forecastCategory', '"ForecastCategory"'],
    ],
  },
  forecastSubmissions: {
    table: 'ForecastSubmission',
    columns: [
      ['id', 'int'],
      ['organizationId', 'int'],
      ['ownerId', 'int'],
      ['periodKey', 'text'],
      ['category', '"ForecastCategory"'],
      ['amount', 'numeric'],
      ['note', 'text'],
      ['submittedBy', 'text'],
      ['submittedAt', 'timestamp'],
    ],
  },
} as const satisfies { [K in Exclude<keyof Dataset, 'size' | 'seed' | 'today'>]: TableSpec };

export type DatasetTable = keyof typeof TABLES;

/** The tables a dataset fills, in load order, with their SQL names. */
export const DATASET_TABLES: readonly { key: DatasetTable; table: string }[] = (
  Object.keys(TABLES) as DatasetTable[]
).map((key) => ({ key, table: TABLES[key].table }));

export interface LoadProgress {
  table: string;
  /** Rows of this table written so far. */
  rows: number;
  /** Rows this table will have (unknown for tables generated while loading). */
  total: number | null;
  /** Milliseconds since this table started. */
  elapsedMs: number;
  done: boolean;
}

export interface LoadOptions {
  /** Called after every batch; the default prints to stderr; `null` is silent. */
  onProgress?: ((progress: LoadProgress) => void) | null;
  /** Rows per INSERT statement. */
  batchSize?: number;
}

export interface LoadResult {
  tables: { table: string; rows: number; ms: number }[];
  rows: number;
  ms: number;
}

export class DatabaseNotEmptyError extends Error {
  constructor() {
    super('the database already has an organization; reset it first (resetDatabase, or --reset on the command line)');
  }
}

/** A generated row: its keys are the table's column names. */
type Row = object;

// Elements of an array literal: text is always quoted; the other types never contain characters
// that need quoting, except timestamps (a space).
function element(value: unknown, type: ColumnType): string {
  if (value === null || value === undefined) return 'NULL';
  switch (type) {
    case 'text':
      return `"${String(value).replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
    case 'timestamp':
      return `"${value}"`;
    case 'bool':
      return value ? 't' : 'f';
    default:
      return String(value);
  }
}

function arrayLiterals(spec: TableSpec, rows: readonly Row[]): string[] {
  return spec.columns.map(([name, type]) => {
    const parts = new Array<string>(rows.length);
    for (let i = 0; i < rows.length; i++) parts[i] = element((rows[i] as Record<string, unknown>)[name], type);
    return `{${parts.join(',')}}`;
  });
}

function insertStatement(spec: TableSpec): string {
  const columns = spec.columns.map(([name]) => `"${name}"`).join(', ');
  const arrays = spec.columns.map(([, type], i) => `$${i + 1}::text::${type}[]`).join(', ');
  return `INSERT INTO "${spec.table}" (${columns}) SELECT * FROM unnest(${arrays})`;
}

function* chunks<T>(rows: readonly T[], size: number): Generator<T[]> {
  for (let i = 0; i < rows.length; i += size) yield rows.slice(i, i + size);
}

/**
 * Writes one table in one transaction. The next batch is encoded while the database is still
 * inserting the previous one, so client and server work overlap.
 */
async function loadTable(
  conn: SqlConnection,
  spec: TableSpec,
  batches: Iterable<readonly Row[]>,
  total: number | null,
  onProgress: LoadOptions['onProgress'],
): Promise<{ rows: number; ms: number }> {
  const started = performance.now();
  const sql = insertStatement(spec);
  let rows = 0;
  let pending: Promise<unknown> | null = null;
  await conn.exec('BEGIN');
  try {
    for (const batch of batches) {
      const params = arrayLiterals(spec, batch);
      if (pending) await pending;
      pending = conn.query(sql, params);
      rows += batch.length;
      const reported = rows - batch.length;
      if (reported > 0)
        onProgress?.({ table: spec.table, rows: reported, total, elapsedMs: performance.now() - started, done: false });
    }
    if (pending) await pending;
    await conn.exec('COMMIT');
  } catch (error) {
    await conn.exec('ROLLBACK');
    throw error;
  }
  const ms = performance.now() - started;
  onProgress?.({ table: spec.table, rows, total, elapsedMs: ms, done: true });
  return { rows, ms };
}

/**
 * Loads a dataset into a database that has no organization yet, then moves every id sequence past
 * the loaded ids (so later inserts get fresh ids) and refreshes planner statistics.
 */
export async function loadDataset(sql: SqlRunner, dataset: Dataset, options: LoadOptions = {}): Promise<LoadResult> {
  const onProgress = options.onProgress === undefined ? stderrProgress() : options.onProgress;
  const batchSize = options.batchSize ?? 10_000;
  const started = performance.now();
  const tables: LoadResult['tables'] = [];
  await sql.withConnection(async (conn) => {
    // A bulk load's statements (10,000-row batches, VACUUM of the large dataset) are no request's:
    // no statement deadline on this connection until it goes back to the pool.
    await conn.exec('SET statement_timeout = 0');
    try {
      const existing = await conn.query('SELECT 1 FROM "Organization" LIMIT 1');
      if (existing.length > 0) throw new DatabaseNotEmptyError();
      for (const { key, table } of DATASET_TABLES) {
        const spec: TableSpec = TABLES[key];
        // The triggers wrote today's links as reps and accounts arrived; the generated history
        // (the same today, with the past moves) replaces them. The database was empty before.
        if (key === 'repManagerHistory' || key === 'accountTerritoryHistory') await conn.exec(`DELETE FROM "${table}"`);
        const { rows, ms } =
          key === 'opportunityHistory'
            ? await loadTable(conn, spec, dataset.opportunityHistory(batchSize), null, onProgress)
            : await loadTable(conn, spec, chunks<Row>(dataset[key], batchSize), dataset[key].length, onProgress);
        tables.push({ table, rows, ms });
      }
      for (const { table } of DATASET_TABLES) {
        await conn.query(
          `SELECT setval(pg_get_serial_sequence('"${table}"', 'id'), COALESCE(MAX(id), 0) + 1, false) FROM "${table}"`,
        );
      }
      // VACUUM as well as ANALYZE, as PostgreSQL's docs advise after a bulk load: it sets the
      // visibility map, without which the covering indexes of the analytics cannot answer from the
      // index alone until autovacuum comes by (and some servers run without it). The stored credit
      // lines, written by the deals' and splits' triggers, are read the same way.
      const vacuumed = [...DATASET_TABLES.map(({ table }) => table), 'OpportunityCredit'];
      await conn.exec(`VACUUM (ANALYZE) ${vacuumed.map((table) => `"${table}"`).join(', ')}`);
    } finally {
      await conn.exec('RESET statement_timeout');
    }
  });
  const result = { tables, rows: tables.reduce((a, t) => a + t.rows, 0), ms: performance.now() - started };
  onProgress?.({ table: '(all)', rows: result.rows, total: result.rows, elapsedMs: result.ms, done: true });
  return result;
}

/** Deletes every business row (every table but Prisma's migration log) and restarts the id sequences. */
export async function resetDatabase(sql: SqlRunner): Promise<void> {
  const tables = await sql.query<{ name: string }>(
    `SELECT tablename AS name FROM pg_tables
      WHERE schemaname = current_schema() AND tablename <> '_prisma_migrations'
      ORDER BY tablename`,
  );
  if (tables.length === 0) return;
  await sql.exec(
    `TRUNCATE ${tables.map((t) => `"${t.name.replace(/"/g, '""')}"`).join(', ')} RESTART IDENTITY CASCADE`,
  );
}

const number = new Intl.NumberFormat('en-US');

/**
 * Progress on stderr: a line per table with rows/s, and the overall rate at the end; while a
 * table loads, a live counter when stderr is a terminal.
 */
export function stderrProgress(stream: NodeJS.WriteStream = process.stderr): (progress: LoadProgress) => void {
  const live = stream.isTTY === true;
  return (p) => {
    const seconds = p.elapsedMs / 1000;
    const rate = seconds > 0 ? Math.round(p.rows / seconds) : 0;
    const of = p.total === null ? '' : ` / ${number.format(p.total)}`;
    const text = `${p.table.padEnd(20)} ${number.format(p.rows).padStart(10)}${of} rows  ${seconds.toFixed(1).padStart(6)} s  ${number.format(rate).padStart(9)} rows/s`;
    if (p.done) stream.write(`${live ? '\r\x1b[2K' : ''}${text}\n`);
    else if (live) stream.write(`\r\x1b[2K${text}`);
  };
}

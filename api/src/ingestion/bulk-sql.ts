// Set-based SQL for ingestion: a whole batch is one statement whatever its size. The rows travel
// as one JSON parameter (an array of objects of text values) read by json_to_recordset and cast
// to each column's type, so a statement has a fixed number of parameters (no 65,535-parameter
// limit, no per-row round trips), and the driver sends one string instead of escaping every cell
// of one array per column. Raw SQL bypasses the tenant extension, so every statement here names
// the organization explicitly.
import { Prisma } from '../generated/prisma/client.js';
import { rowFreeSql } from '../shared/tenant.js';
import type { Tx } from '../shared/transactions.js';

export type Cell = string | number | boolean | Date | Prisma.Decimal | null | undefined;

export interface Column {
  /** Column name as in the database (camelCase, quoted in SQL). */
  name: string;
  /** SQL type to cast to, e.g. `int`, `text`, `numeric`, `date`, `timestamp(3)`, `"RepRole"`. */
  type: string;
  values: Cell[];
}

const IDENT = /^[A-Za-z][A-Za-z0-9_]*$/;
const TYPE = /^(int|text|numeric|date|timestamp\(3\)|boolean|"[A-Za-z]+")$/;

function ident(name: string): Prisma.Sql {
  if (!IDENT.test(name)) throw new Error(`bad identifier ${name}`);
  return Prisma.raw(`"${name}"`);
}

/**
 * A cell as a JSON string literal of its text (what the column's input function reads), or
 * `null`. A Date is printed once per object: a call stamps every row with the same `now`.
 */
function cellJson(value: Cell, dates: Map<Date, string>): string {
  if (value == null) return 'null';
  if (typeof value === 'number') return `"${value}"`;
  if (typeof value === 'string') return JSON.stringify(value);
  if (value instanceof Date) {
    let text = dates.get(value);
    if (text === undefined) {
      text = `"${value.toISOString()}"`;
      dates.set(value, text);
    }
    return text;
  }
  if (value instanceof Prisma.Decimal) return `"${value.toFixed()}"`;
  return JSON.stringify(String(value));
}

/**
 * The rows of `columns` as one JSON text: `[{"c0":"…","c1":null,…},…]`, every value as its text
 * (what the column's input function reads), so the cast in SQL is the same as from text. Written
 * as text directly: no object per row for JSON.stringify to walk again.
 */
function rowsJson(columns: Column[]): string {
  const length = columns[0]?.values.length ?? 0;
  const dates = new Map<Date, string>();
  const cells = columns.map((c) => {
    if (c.values.length !== length) throw new Error(`column ${c.name} has ${c.values.length} values, not ${length}`);
    return c.values.map((v) => cellJson(v, dates));
  });
  const keys = columns.map((_, i) => `${i === 0 ? '{' : ','}"c${i}":`);
  const rows = new Array<string>(length);
  for (let r = 0; r < length; r++) {
    let row = '';
    for (let i = 0; i < cells.length; i++) row += (keys[i] as string) + (cells[i] as string[])[r];
    rows[r] = `${row}}`;
  }
  return `[${rows.join(',')}]`;
}

/** `(SELECT u.c0::type AS "col0", ... FROM json_to_recordset($1::json) AS u(c0 text, ...)) AS src` */
function source(columns: Column[]): Prisma.Sql {
  const selects = columns.map((c, i) => {
    if (!TYPE.test(c.type)) throw new Error(`bad type ${c.type}`);
    return Prisma.sql`u.c${Prisma.raw(String(i))}::${Prisma.raw(c.type)} AS ${ident(c.name)}`;
  });
  const fields = Prisma.raw(columns.map((_, i) => `c${i} text`).join(', '));
  return Prisma.sql`(SELECT ${Prisma.join(selects)} FROM json_to_recordset(${rowsJson(columns)}::json) AS u(${fields})) AS src`;
}

/** Inserts rows (one per array index) into `table`, all in `organizationId`. */
export async function insertRows(
  tx: Tx,
  table: string,
  organizationId: number,
  columns: Column[],
  onConflict: Prisma.Sql = Prisma.empty,
): Promise<void> {
  if ((columns[0]?.values.length ?? 0) === 0) return;
  const names = Prisma.join([ident('organizationId'), ...columns.map((c) => ident(c.name))]);
  const values = Prisma.join([
    Prisma.sql`${organizationId}::int`,
    ...columns.map((c) => Prisma.sql`src.${ident(c.name)}`),
  ]);
  await tx.$executeRaw`INSERT INTO ${ident(table)} (${names}) SELECT ${values} FROM ${source(columns)} ${onConflict}`;
}

/**
 * Updates rows of `table` by id (the column named `id` in `columns`); only rows of
 * `organizationId` can match. Returns the number of rows updated.
 */
export async function updateRows(tx: Tx, table: string, organizationId: number, columns: Column[]): Promise<number> {
  if ((columns[0]?.values.length ?? 0) === 0) return 0;
  const sets = columns.filter((c) => c.name !== 'id').map((c) => Prisma.sql`${ident(c.name)} = src.${ident(c.name)}`);
  return tx.$executeRaw`UPDATE ${ident(table)} AS t SET ${Prisma.join(sets)} FROM ${source(columns)}
    WHERE t."organizationId" = ${organizationId}::int AND t.id = src.id`;
}

/** Deletes the rows of `table` whose `column` is one of `ids`, in `organizationId` only. */
export async function deleteWhereIn(
  tx: Tx,
  table: string,
  organizationId: number,
  column: string,
  ids: number[],
): Promise<void> {
  if (ids.length === 0) return;
  await tx.$executeRaw`DELETE FROM ${ident(table)}
    WHERE "organizationId" = ${organizationId}::int AND ${ident(column)} = ANY(${ids}::int[])`;
}

/**
 * Locks the rows of `table` with the given externalIds (in `organizationId`) until the end of the
 * transaction, in id order so two calls naming the same rows cannot deadlock. A call reads the
 * stored state after this: a concurrent call on the same rows waits, then reads what the other
 * committed, so two partial updates of different fields of one record both survive.
 */
export async function lockByExternalId(
  tx: Tx,
  table: 'Account' | 'Product' | 'Opportunity' | 'LossReason',
  organizationId: number,
  externalIds: string[],
): Promise<void> {
  if (externalIds.length === 0) return;
  await tx.$queryRaw`SELECT id FROM ${ident(table)}
    WHERE "organizationId" = ${organizationId}::int AND "externalId" = ANY(${externalIds}::text[])
    ORDER BY id FOR UPDATE`;
}

/**
 * The rows of `select` (one JSON value a row, in a column named `r`), read as one JSON text: the
 * driver and Prisma's raw-query layer then handle one cell, not every cell of thousands of rows,
 * and JSON.parse builds the values. `select` must order its rows itself if order matters.
 */
export async function readJsonRows<R>(tx: Tx, select: Prisma.Sql): Promise<R[]> {
  const [result] = await tx.$queryRaw<
    { rows: string }[]
  >`SELECT COALESCE(json_agg(q.r), '[]')::text AS rows FROM (${select}) q`;
  return JSON.parse(result?.rows ?? '[]') as R[];
}

/**
 * The ids of the rows with the given externalIds in several tables, in one statement: one
 * map per table, externalId to id. Unknown externalIds are absent.
 */
export async function idsByExternalId<T extends 'Account' | 'Rep' | 'Product'>(
  tx: Tx,
  organizationId: number,
  wanted: Record<T, Iterable<string>>,
): Promise<Record<T, Map<string, number>>> {
  const tables = Object.keys(wanted) as T[];
  const out = Object.fromEntries(tables.map((t) => [t, new Map<string, number>()])) as Record<T, Map<string, number>>;
  const parts = tables
    .map((t) => [t, [...new Set(wanted[t])]] as const)
    .filter(([, ids]) => ids.length > 0)
    .map(
      ([t, ids]) => Prisma.sql`SELECT ${t}::text AS "table", id, "externalId" FROM ${ident(t)}
        WHERE "organizationId" = ${organizationId}::int AND "externalId" = ANY(${ids}::text[])`,
    );
  if (parts.length === 0) return out;
  const rows = await readJsonRows<[T, number, string]>(
    tx,
    Prisma.sql`SELECT json_build_array(x."table", x.id, x."externalId") AS r FROM (${Prisma.join(parts, ' UNION ALL ')}) x`,
  );
  for (const [table, id, externalId] of rows) out[table].set(externalId, id);
  return out;
}

/**
 * Reserves `count` ids from the table's sequence, so new rows can be linked to each other (a
 * manager or parent in the same batch, line items of a new deal) before they are written.
 */
export async function allocateIds(tx: Tx, table: string, count: number): Promise<number[]> {
  if (count === 0) return [];
  // Sequences belong to no organization: the statement reads no rows.
  const rows = await tx.$queryRaw<{ id: number }[]>(
    rowFreeSql(Prisma.sql`
    SELECT nextval(pg_get_serial_sequence(${`"${table}"`}, 'id'))::int AS id FROM generate_series(1, ${count}::int)`),
  );
  return rows.map((r) => Number(r.id));
}

export interface TreeNode {
  id: number;
  externalId: string | null;
  parentId: number | null;
}

/**
 * The given rows of a self-referencing table and all their ancestors (by `parentColumn`), in
 * `organizationId`, in one recursive query. UNION (not UNION ALL) stops on a stored cycle.
 */
export async function loadAncestors(
  tx: Tx,
  table: 'Rep' | 'Account',
  parentColumn: 'managerId' | 'parentId',
  organizationId: number,
  ids: number[],
): Promise<TreeNode[]> {
  if (ids.length === 0) return [];
  const t = ident(table);
  const p = ident(parentColumn);
  const rows = await tx.$queryRaw<TreeNode[]>`
    WITH RECURSIVE up AS (
      SELECT id, "externalId", ${p} AS "parentId" FROM ${t}
        WHERE "organizationId" = ${organizationId}::int AND id = ANY(${ids}::int[])
      UNION
      SELECT r.id, r."externalId", r.${p} AS "parentId" FROM ${t} r JOIN up ON r.id = up."parentId"
        WHERE r."organizationId" = ${organizationId}::int
    )
    SELECT id, "externalId", "parentId" FROM up`;
  return rows.map((r) => ({
    id: Number(r.id),
    externalId: r.externalId,
    parentId: r.parentId == null ? null : Number(r.parentId),
  }));
}

/** The PostgreSQL error code (SQLSTATE) of a Prisma error, when it has one. */
export function sqlState(error: unknown): string | undefined {
  const e = error as { code?: string; meta?: { driverAdapterError?: { cause?: { originalCode?: string } } } };
  if (e?.code === 'P2002') return '23505';
  return e?.meta?.driverAdapterError?.cause?.originalCode;
}

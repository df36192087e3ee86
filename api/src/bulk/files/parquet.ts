// Parquet through hyparquet-writer (pure JavaScript, no native build; its incremental
// ParquetWriter awaits the sink after each row group, which gives backpressure). Types
// (docs/bulk-operations.md, "Formats"; scales in docs/design.md §11):
// - Money: DECIMAL(24, 6), other Decimals: DECIMAL(26, 8), from the wire's decimal text to the
//   unscaled integer digit by digit (never through a JS number); a value with more places than
//   the scale fails the export rather than being rounded;
// - DateTime: TIMESTAMP(MILLIS, UTC); Date: DATE; Int: INT32 (GraphQL's Int is 32-bit); Float:
//   DOUBLE; Boolean: BOOLEAN; ID, String, enums: STRING; JSON: JSON text;
// - a nested object is a struct, a list or connection a Parquet LIST of its items (structs of the
//   selected fields, or scalars).
// Rows are held until a row group is full (ROW_GROUP_ROWS), so memory stays bounded by two groups:
// each group's values are converted here and encoded on a worker thread (parquet-worker.mjs), which
// writes the file while this thread reads and converts the next group. Encoding costs about half
// as much again as executing the rows (issue 16's profile), so on its own thread it neither slows
// the export nor holds the event loop that serves interactive requests.
import { once } from 'node:events';
import { rm } from 'node:fs/promises';
import { Worker } from 'node:worker_threads';
import type { SchemaElement } from 'hyparquet-writer';
import type { ExportColumn } from './columns.js';
import type { ExportFileWriter } from './index.js';
import { readNode, type ShapeNode, shapeOf } from './shape.js';

/** A few thousand rows per group: bounded memory while writing, still large enough to scan fast. */
export const ROW_GROUP_ROWS = 5000;

/** Precision and scale of the two decimal kinds (docs/design.md §11). */
export const PARQUET_DECIMALS = {
  Money: { precision: 24, scale: 6 },
  Decimal: { precision: 26, scale: 8 },
} as const;

/** Smallest two's-complement byte count that holds every value of `precision` digits. */
function decimalBytes(precision: number): number {
  let bytes = 1;
  while (2n ** BigInt(8 * bytes - 1) <= 10n ** BigInt(precision)) bytes++;
  return bytes;
}

function leafElement(column: ExportColumn, name: string, required: boolean): SchemaElement {
  const repetition_type = required ? 'REQUIRED' : 'OPTIONAL';
  switch (column.type) {
    case 'Money':
    case 'Decimal': {
      const { precision, scale } = PARQUET_DECIMALS[column.type];
      return {
        name,
        repetition_type,
        type: 'FIXED_LEN_BYTE_ARRAY',
        type_length: decimalBytes(precision),
        converted_type: 'DECIMAL',
        precision,
        scale,
        logical_type: { type: 'DECIMAL', precision, scale },
      };
    }
    case 'DateTime':
      return {
        name,
        repetition_type,
        type: 'INT64',
        converted_type: 'TIMESTAMP_MILLIS',
        logical_type: { type: 'TIMESTAMP', isAdjustedToUTC: true, unit: 'MILLIS' },
      };
    case 'Date':
      return { name, repetition_type, type: 'INT32', converted_type: 'DATE', logical_type: { type: 'DATE' } };
    case 'Int':
      return { name, repetition_type, type: 'INT32' };
    case 'Float':
      return { name, repetition_type, type: 'DOUBLE' };
    case 'Boolean':
      return { name, repetition_type, type: 'BOOLEAN' };
    case 'JSON':
      return { name, repetition_type, type: 'BYTE_ARRAY', converted_type: 'JSON', logical_type: { type: 'JSON' } };
    default:
      return { name, repetition_type, type: 'BYTE_ARRAY', converted_type: 'UTF8', logical_type: { type: 'STRING' } };
  }
}

/** Schema elements of a node, depth first (Parquet's flattened schema). */
function elementsOf(node: ShapeNode): SchemaElement[] {
  const body = (name: string): SchemaElement[] =>
    node.column
      ? [leafElement(node.column, name, !node.column.nullable)]
      : [
          { name, repetition_type: 'OPTIONAL', num_children: node.children.length },
          ...node.children.flatMap(elementsOf),
        ];
  if (!node.list) return body(node.key);
  // The standard three-level LIST: <name> (LIST) > repeated list > element.
  return [
    {
      name: node.key,
      repetition_type: 'OPTIONAL',
      converted_type: 'LIST',
      logical_type: { type: 'LIST' },
      num_children: 1,
    },
    { name: 'list', repetition_type: 'REPEATED', num_children: 1 },
    ...body('element'),
  ];
}

const DECIMAL_TEXT = /^(-?)(\d+)(?:\.(\d+))?$/;
const DAY_MS = 86_400_000;

function fail(column: ExportColumn, value: unknown, why: string): never {
  throw new Error(`export column ${column.path.join('.')}: ${JSON.stringify(value)?.slice(0, 60)} ${why}`);
}

/** A decimal's text as the unscaled integer at `scale`, exactly. */
function unscaledDecimal(column: ExportColumn, value: unknown, precision: number, scale: number): bigint {
  const m = typeof value === 'string' ? DECIMAL_TEXT.exec(value) : null;
  if (!m) return fail(column, value, 'is not decimal text');
  const [, sign, whole, fraction = ''] = m as unknown as [string, string, string, string | undefined];
  const places = fraction.replace(/0+$/, '');
  if (places.length > scale) fail(column, value, `has more than ${scale} decimal places`);
  const digits = `${whole}${places.padEnd(scale, '0')}`.replace(/^0+(?=\d)/, '');
  if (digits.length > precision) fail(column, value, `has more than ${precision - scale} integer digits`);
  const unscaled = BigInt(digits);
  return sign ? -unscaled : unscaled;
}

/** A wire value as the physical value hyparquet-writer encodes for the column's element. */
function physical(column: ExportColumn, value: unknown): unknown {
  if (value == null) return null;
  switch (column.type) {
    case 'Money':
    case 'Decimal': {
      const { precision, scale } = PARQUET_DECIMALS[column.type];
      return unscaledDecimal(column, value, precision, scale);
    }
    case 'DateTime': {
      const ms = typeof value === 'string' ? Date.parse(value) : Number.NaN;
      if (Number.isNaN(ms)) fail(column, value, 'is not an ISO-8601 instant');
      return BigInt(ms);
    }
    case 'Date': {
      const m = typeof value === 'string' ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(value) : null;
      if (!m) return fail(column, value, 'is not a YYYY-MM-DD day');
      return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / DAY_MS;
    }
    case 'Int':
      return Number.isInteger(value) ? value : fail(column, value, 'is not an integer');
    case 'Float':
      return typeof value === 'number' ? value : fail(column, value, 'is not a number');
    case 'Boolean':
      return typeof value === 'boolean' ? value : fail(column, value, 'is not a boolean');
    case 'JSON':
      return value;
    default:
      return typeof value === 'string' ? value : String(value);
  }
}

/** The encoder thread's answer to one message (parquet-worker.mjs). */
type Reply = { ok: true; bytes?: number } | { error: string };

export async function openParquet(path: string, columns: readonly ExportColumn[]): Promise<ExportFileWriter> {
  const shape = shapeOf(columns);
  const schema: SchemaElement[] = [{ name: 'schema', num_children: shape.length }, ...shape.flatMap(elementsOf)];
  const worker = new Worker(new URL('./parquet-worker.mjs', import.meta.url), {
    workerData: { path, schema, createdBy: 'coxswain bulk export' },
  });
  // Set when the thread fails or stops: every later call throws it.
  let failure: Error | null = null;
  let waiting: ((reply: Reply) => void) | null = null;
  const answer = (reply: Reply) => {
    const resolve = waiting;
    waiting = null;
    resolve?.(reply);
  };
  worker.on('message', answer);
  worker.on('error', (error) => {
    failure ??= error;
    answer({ error: error.message });
  });
  const exited = once(worker, 'exit').then(() => {
    failure ??= new Error('the Parquet encoder stopped');
    answer({ error: failure.message });
  });
  /** Sends one message and waits for its answer (one message at a time). */
  const ask = (message: unknown) =>
    new Promise<Reply>((resolve) => {
      if (failure) {
        resolve({ error: failure.message });
        return;
      }
      waiting = resolve;
      worker.postMessage(message);
    }).then((reply) => {
      if ('error' in reply) {
        failure ??= new Error(`Parquet export: ${reply.error}`);
        throw failure;
      }
      return reply;
    });
  // The file is open (created or truncated) once the thread says so, as for the other formats.
  try {
    await new Promise<Reply>((resolve) => {
      waiting = resolve;
    }).then((reply) => {
      if ('error' in reply) throw new Error(`Parquet export: ${reply.error}`);
    });
  } catch (error) {
    await worker.terminate();
    throw error;
  }
  // One group in the encoder while the next is read: the await before sending a group is the
  // backpressure (the encoder waits for the file in turn).
  let inFlight: Promise<Reply> | null = null;
  let pending: Record<string, unknown>[] = [];

  async function writeGroup(): Promise<void> {
    const rows = pending;
    pending = [];
    // Converted here (a bad value fails the export at its row), encoded and written there.
    const columnData = shape.map((node) => ({
      name: node.key,
      data: rows.map((row) => readNode(node, row[node.key], physical)),
    }));
    if (inFlight) await inFlight;
    inFlight = ask({ group: { columnData, rowGroupSize: rows.length } });
    inFlight.catch(() => undefined);
  }

  return {
    async write(rows) {
      for (const row of rows) {
        pending.push(row);
        if (pending.length >= ROW_GROUP_ROWS) await writeGroup();
      }
    },
    async finish() {
      try {
        if (pending.length) await writeGroup();
        if (inFlight) await inFlight;
        const { bytes } = (await ask({ finish: true })) as { bytes: number };
        return { bytes };
      } finally {
        await worker.terminate();
      }
    },
    async abort() {
      // The thread closes its file and exits; terminated after a while if it does not.
      worker.postMessage({ abort: true });
      const timer = setTimeout(() => void worker.terminate(), 5_000);
      await exited;
      clearTimeout(timer);
      await rm(path, { force: true });
    },
  };
}

// Streams rows as CSV (RFC 4180) or NDJSON, what a BI tool or partner pipeline ingests. Rows are
// usually nodes from `paginate`; columns are dotted paths into them (`account.name`). Works with
// any async iterable, in Node and in browsers, without buffering the whole extract.

export type ExportFormat = 'csv' | 'ndjson';

export interface ExportColumn {
  /** Header text. */
  header: string;
  /** Dotted path into the row, e.g. `owner.name`. */
  path: string;
}

export interface ExportOptions {
  format: ExportFormat;
  /** CSV columns (required for CSV); for NDJSON, when given, each line holds only these paths. */
  columns?: (ExportColumn | string)[];
}

function valueAt(row: unknown, path: string): unknown {
  let value: unknown = row;
  for (const key of path.split('.')) {
    if (value == null || typeof value !== 'object') return null;
    value = (value as Record<string, unknown>)[key];
  }
  return value ?? null;
}

/** One CSV field: quoted when it holds a comma, quote, CR or LF; quotes doubled. */
export function csvField(value: unknown): string {
  if (value == null) return '';
  const text = typeof value === 'object' ? JSON.stringify(value) : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function normalise(columns: (ExportColumn | string)[]): ExportColumn[] {
  return columns.map((c) => (typeof c === 'string' ? { header: c, path: c } : c));
}

/** Yields the export line by line (each chunk ends with a newline; CSV uses CRLF per RFC 4180). */
export async function* exportRows(
  rows: AsyncIterable<unknown> | Iterable<unknown>,
  options: ExportOptions,
): AsyncGenerator<string> {
  const columns = options.columns ? normalise(options.columns) : null;
  if (options.format === 'csv') {
    if (!columns?.length) throw new TypeError('CSV export needs columns');
    yield `${columns.map((c) => csvField(c.header)).join(',')}\r\n`;
    for await (const row of rows) yield `${columns.map((c) => csvField(valueAt(row, c.path))).join(',')}\r\n`;
    return;
  }
  for await (const row of rows) {
    const line = columns ? Object.fromEntries(columns.map((c) => [c.header, valueAt(row, c.path)])) : row;
    yield `${JSON.stringify(line)}\n`;
  }
}

// Export files of bulk operations (docs/bulk-operations.md, "Formats"): the columns of a bulk
// document, and writers that stream its rows to disk as NDJSON, CSV or Parquet.
import type { ExportColumn, ExportFormat } from './columns.js';
import { openCsv } from './csv.js';
import { openNdjson } from './ndjson.js';
import { openParquet } from './parquet.js';

export {
  type ExportColumn,
  type ExportFormat,
  type ExportLeafType,
  type ExportStep,
  exportColumns,
} from './columns.js';

export interface ExportFileWriter {
  /**
   * Rows are root nodes exactly as GraphQL execution returns them (JSON values: Money and
   * Decimal as strings, DateTime as ISO strings, nested connections as { edges: [{ node }] } or
   * { nodes: [...] }). Backpressure: await each call.
   */
  write(rows: readonly Record<string, unknown>[]): Promise<void>;
  /** Flushes and closes; returns the file's size in bytes. */
  finish(): Promise<{ bytes: number }>;
  /** Closes and deletes the partial file. */
  abort(): Promise<void>;
}

/** The media type of each format, for storage and downloads. */
export const EXPORT_CONTENT_TYPES: Record<ExportFormat, string> = {
  NDJSON: 'application/x-ndjson',
  CSV: 'text/csv; charset=utf-8; header=present',
  PARQUET: 'application/vnd.apache.parquet',
};

/** Opens `path` (created or truncated) for an export in `format`. */
export function openExportFile(opts: {
  format: ExportFormat;
  columns: ExportColumn[];
  path: string;
}): Promise<ExportFileWriter> {
  switch (opts.format) {
    case 'NDJSON':
      return openNdjson(opts.path);
    case 'CSV':
      return openCsv(opts.path, opts.columns);
    case 'PARQUET':
      return openParquet(opts.path, opts.columns);
  }
}

// CSV (RFC 4180: comma-separated, CRLF line ends, a field quoted when it holds a comma, a quote,
// CR or LF, quotes doubled), one line per root node after a header line. Flattening
// (docs/bulk-operations.md, "Formats"):
// - a nested object's leaves become dotted columns: `account.name`;
// - a list or connection becomes ONE column named by its path (`lineItems`, `account.opportunities`)
//   whose cell is a JSON array of its items, each item an object of the selected fields (the
//   connection's edges/node dropped), values as in NDJSON. Exploding lists into one line per item
//   would repeat the root for every item, multiply two sibling lists into each other and break
//   "one line per root node"; a JSON cell keeps the line count and loads with any warehouse's
//   JSON functions (DuckDB `from_json`, Snowflake `PARSE_JSON`, BigQuery `JSON_QUERY_ARRAY`);
// - null is an empty unquoted field and an empty string a quoted one (`""`), as PostgreSQL's
//   COPY ... CSV reads them; booleans are `true` / `false`; a JSON leaf is its JSON text.
import { type Options, stringify } from 'csv-stringify/sync';
import type { ExportColumn } from './columns.js';
import type { ExportFileWriter } from './index.js';
import { readNode, type ShapeNode, shapeOf } from './shape.js';
import { FileSink } from './sink.js';

interface CsvField {
  header: string;
  read(row: Record<string, unknown>): string | null;
}

const asWire = (_column: ExportColumn, value: unknown) => value;

function text(column: ExportColumn, value: unknown): string | null {
  if (value == null) return null;
  if (column.type === 'JSON' || typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/** One field per leaf outside lists and one per outermost list, in selection order. */
function fieldsOf(
  nodes: readonly ShapeNode[],
  prefix: string[],
  reach: (row: Record<string, unknown>) => unknown,
): CsvField[] {
  return nodes.flatMap((node): CsvField[] => {
    const path = [...prefix, node.key];
    const own = (row: Record<string, unknown>) => {
      const parent = reach(row);
      return parent == null ? null : (parent as Record<string, unknown>)[node.key];
    };
    if (node.list) {
      return [
        {
          header: path.join('.'),
          read: (row) => {
            const items = readNode(node, own(row), asWire);
            return items == null ? null : JSON.stringify(items);
          },
        },
      ];
    }
    const { column } = node;
    if (column) return [{ header: path.join('.'), read: (row) => text(column, own(row)) }];
    return fieldsOf(node.children, path, own);
  });
}

/** A field holding CR or LF is quoted too (csv-stringify quotes only its own record delimiter). */
const OPTIONS: Options = { record_delimiter: 'windows', quoted_match: [/[\r\n]/, /^$/] };

export async function openCsv(path: string, columns: readonly ExportColumn[]): Promise<ExportFileWriter> {
  const fields = fieldsOf(shapeOf(columns), [], (row) => row);
  const sink = await FileSink.open(path);
  try {
    await sink.write(stringify([fields.map((f) => f.header)], OPTIONS));
  } catch (error) {
    await sink.abort();
    throw error;
  }
  return {
    async write(rows) {
      if (!rows.length) return;
      await sink.write(
        stringify(
          rows.map((row) => fields.map((f) => f.read(row))),
          OPTIONS,
        ),
      );
    },
    finish: async () => ({ bytes: await sink.close() }),
    abort: () => sink.abort(),
  };
}

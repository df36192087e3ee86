// `pnpm export --query deals.graphql --format parquet --out deals.parquet`: runs a bulk export
// (client.bulkExport) and writes the file, with a progress bar on a terminal (cli-progress): deals
// written by the server out of the connection's totalCount, then bytes downloaded.
//
//   COXSWAIN_URL      endpoint (default http://127.0.0.1:4000/graphql), or --url
//   COXSWAIN_API_KEY  an API key with the read scopes the query needs, or --api-key
//   --format          ndjson, csv or parquet (default: from the --out extension, else ndjson)
//   --out             file to write (default: standard output)
import { createWriteStream, readFileSync } from 'node:fs';
import path from 'node:path';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import cliProgress from 'cli-progress';
import { type DocumentNode, Kind, type OperationDefinitionNode, parse, print } from 'graphql';
import { type BulkExportFormat, createClient } from '../src/index.js';

const FORMATS: BulkExportFormat[] = ['ndjson', 'csv', 'parquet'];

/** The root connection's totalCount query: the same field and arguments, counting only. */
export function totalCountQuery(document: DocumentNode): string | null {
  const operation = document.definitions.find(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  );
  const root = operation?.selectionSet.selections[0];
  if (!operation || root?.kind !== Kind.FIELD) return null;
  const counting: OperationDefinitionNode = {
    ...operation,
    selectionSet: {
      kind: Kind.SELECTION_SET,
      selections: [
        {
          ...root,
          alias: { kind: Kind.NAME, value: 'root' },
          selectionSet: {
            kind: Kind.SELECTION_SET,
            selections: [{ kind: Kind.FIELD, name: { kind: Kind.NAME, value: 'totalCount' } }],
          },
        },
      ],
    },
  };
  return print({ kind: Kind.DOCUMENT, definitions: [counting] });
}

export async function main(argv: string[], env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: {
      query: { type: 'string' },
      format: { type: 'string' },
      out: { type: 'string' },
      url: { type: 'string' },
      'api-key': { type: 'string' },
      'poll-interval-ms': { type: 'string' },
    },
  });
  if (!values.query) throw new Error('--query <file.graphql> is required');
  const extension = values.out?.split('.').pop()?.toLowerCase();
  const format = (values.format?.toLowerCase() ??
    (FORMATS.includes(extension as BulkExportFormat) ? extension : 'ndjson')) as BulkExportFormat;
  if (!FORMATS.includes(format)) throw new Error(`--format must be one of ${FORMATS.join(', ')}; got ${values.format}`);
  const query = readFileSync(values.query, 'utf8');
  const client = createClient({
    url: values.url ?? env.COXSWAIN_URL ?? 'http://127.0.0.1:4000/graphql',
    apiKey: values['api-key'] ?? env.COXSWAIN_API_KEY,
  });

  // A bar only on a terminal (stderr: stdout may carry the file); the total is the connection's count.
  const tty = process.stderr.isTTY === true;
  const bars = tty
    ? new cliProgress.MultiBar(
        {
          format: ' {phase} |{bar}| {value}/{total} {unit} {status}',
          stream: process.stderr,
          hideCursor: true,
          clearOnComplete: false,
        },
        cliProgress.Presets.shades_classic,
      )
    : null;
  let total = 0;
  const counting = totalCountQuery(parse(query));
  if (bars && counting) {
    const data = await client.request<{ root: { totalCount: number } }>(counting).catch(() => null);
    total = data?.root.totalCount ?? 0;
  }
  const rows = bars?.create(total, 0, { phase: 'export  ', unit: 'rows', status: 'CREATED' });
  const { operation, stream } = await client.bulkExport({
    query,
    format,
    pollIntervalMs: values['poll-interval-ms'] ? Number(values['poll-interval-ms']) : undefined,
    onProgress: (p) => {
      if (rows) {
        if (p.rootObjectCount > total) rows.setTotal(p.rootObjectCount);
        rows.update(p.rootObjectCount, { status: p.status });
      }
    },
  });
  rows?.setTotal(operation.rootObjectCount);
  rows?.update(operation.rootObjectCount, { status: operation.status });
  const bytes = bars?.create(operation.fileSize ?? 0, 0, { phase: 'download', unit: 'bytes', status: '' });
  let received = 0;
  const counter = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      received += chunk.length;
      bytes?.update(received);
      done(null, chunk);
    },
  });
  try {
    await pipeline(
      Readable.fromWeb(stream as import('node:stream/web').ReadableStream<Uint8Array>),
      counter,
      values.out ? createWriteStream(values.out) : process.stdout,
    );
  } finally {
    bars?.stop();
  }
  process.stderr.write(
    `${operation.rootObjectCount} rows (${operation.objectCount} objects), ${received} bytes of ${format}${values.out ? ` in ${values.out}` : ''}\n`,
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  main(process.argv.slice(2)).catch((error: unknown) => {
    process.stderr.write(`export failed: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  });
}

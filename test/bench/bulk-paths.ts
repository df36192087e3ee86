// bench:bulk-paths — the compiled projection against GraphQL execution per page (issue 16), in
// one process, interleaved: the same bulk export run by createBulkRunner with
// COXSWAIN_BULK_FAST_PATH on and off, alternately, on a copy of `coxswain_large` (the runner
// writes operation rows). `--limit` exports a subset: the deals closing in the first days of the
// close-date range, as many as make about that many rows. Prints per-round times, the ratio and
// the load average, and checks that both paths wrote the same bytes.
import { createHash } from 'node:crypto';
import { readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createBulkRunner } from '../../api/src/bulk/runner.js';
import { submitBulkOperation } from '../../api/src/bulk/service.js';
import { localExportStorage } from '../../api/src/bulk/storage.js';
import { openDatabase } from '../../api/src/db/database.js';
import { schema } from '../../api/src/schema.js';
import { buildContext } from '../../api/src/shared/context.js';

const { values } = parseArgs({
  options: {
    limit: { type: 'string', default: '50000' },
    rounds: { type: 'string', default: '3' },
    format: { type: 'string', default: 'NDJSON' },
  },
});
const url = process.env.DATABASE_URL;
if (!url || /\/coxswain_large$/.test(url)) {
  throw new Error('DATABASE_URL must name a writable copy of coxswain_large (createdb -T coxswain_large ...)');
}
const db = await openDatabase({ databaseUrl: url, migrate: false });
const organization = await db.prisma.organization.findFirstOrThrow({
  select: { id: true, name: true, fiscalYearStartMonth: true, timeZone: true, currency: true },
});
// The close day before which about --limit deals close: the subset is a filter of the document.
const limit = Number(values.limit);
const [cut] = await db.sql.query<{ day: string }>(
  `SELECT to_char("closeDate", 'YYYY-MM-DD') AS day FROM "Opportunity" WHERE "organizationId" = $1
   ORDER BY "closeDate" OFFSET $2 LIMIT 1`,
  [organization.id, limit],
);
const filter = cut ? `(filter: { closeDateTo: "${cut.day}" })` : '';
const query = `{ opportunities${filter} { edges { node {
  id name amount stage closeDate
  account { id name industry }
  owner { id name email }
  lineItems { quantity unitPrice totalPrice product { id name family } } } } } }`;
const viewer = { organizationId: organization.id, principal: 'system:bench', repId: null, scopes: new Set(['admin']) };
const ctx = buildContext(db, viewer, organization, 'bench');
const folder = path.join(tmpdir(), `bulk-paths-${process.pid}`);
const storage = localExportStorage(folder);

async function once(fastPath: boolean) {
  const { bulkOperation, userErrors } = await submitBulkOperation(ctx, schema, {
    query,
    format: values.format as 'NDJSON',
  });
  if (!bulkOperation) throw new Error(JSON.stringify(userErrors));
  const runner = createBulkRunner(db, { storage, settings: { fastPath, workDir: folder } });
  const started = performance.now();
  await runner.run(bulkOperation.id);
  const seconds = (performance.now() - started) / 1000;
  const done = await db.prisma.bulkOperation.findUniqueOrThrow({ where: { id: bulkOperation.id } });
  if (done.status !== 'COMPLETED') throw new Error(`export ${done.status} ${done.errorCode}`);
  const file = path.join(folder, done.fileKey as string);
  const sha = createHash('sha256').update(readFileSync(file)).digest('hex');
  await storage.remove(done.fileKey as string);
  return { seconds, rows: done.rootObjectCount, sha };
}

console.log(
  `${values.format}, ${limit} deals asked (${filter || 'all'}), load ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}`,
);
const ratios: number[] = [];
for (let round = 0; round < Number(values.rounds); round++) {
  // Alternate which path goes first, so that a trend in the machine's load favours neither.
  const order = round % 2 === 0 ? [false, true] : [true, false];
  const result: Record<string, Awaited<ReturnType<typeof once>>> = {};
  for (const fast of order) result[fast ? 'fast' : 'graphql'] = await once(fast);
  const { fast, graphql } = result as {
    fast: Awaited<ReturnType<typeof once>>;
    graphql: Awaited<ReturnType<typeof once>>;
  };
  if (fast.sha !== graphql.sha || fast.rows !== graphql.rows) throw new Error('the two paths wrote different files');
  ratios.push(graphql.seconds / fast.seconds);
  console.log(
    `round ${round + 1}: ${fast.rows} rows; GraphQL ${graphql.seconds.toFixed(2)} s (${Math.round(graphql.rows / graphql.seconds)}/s), ` +
      `projection ${fast.seconds.toFixed(2)} s (${Math.round(fast.rows / fast.seconds)}/s): ${(graphql.seconds / fast.seconds).toFixed(2)}x, ` +
      `same bytes; load ${loadavg()[0]?.toFixed(2)}`,
  );
}
ratios.sort((a, b) => a - b);
console.log(`median ratio ${ratios[Math.floor(ratios.length / 2)]?.toFixed(2)}x`);
rmSync(folder, { recursive: true, force: true });
await db.close();

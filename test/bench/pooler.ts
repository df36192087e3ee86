// The cost of PgBouncer (transaction mode, Debian's 1.18) on the nested page (docs/scaling.md):
// the `opportunities` page of bench:compare (100 deals with account, owner, lines and products),
// executed in process against the real schema, once on a pool connected straight to PostgreSQL
// (named prepared statements, the usual path) and once through a PgBouncer started here on a
// private port in front of the same server and database (COXSWAIN_DB_POOLER=transaction: no
// named prepared statements). Rounds are interleaved, each round alternating which goes first;
// then the same again with 8 pages at once. Prints medians, p95s, their ratios and the load
// average. Read-only: nothing is written to the database.
//
//   pnpm bench:pooler [--rounds 200]
//   DATABASE_URL=postgresql://postgres@127.0.0.1:5432/coxswain_large pnpm bench:pooler
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { execute, parse } from 'graphql';
import { type Database, openDatabase } from '../../api/src/db/database.js';
import { DEFAULT_STATEMENT_TIMEOUT_MS } from '../../api/src/db/session.js';
import { schema } from '../../api/src/schema.js';
import { startPgBouncer } from '../support/replica-cluster.js';
import { adminContext } from './admin-context.js';

const { values } = parseArgs({ options: { rounds: { type: 'string', default: '200' } } });
const rounds = Number(values.rounds);
const url = new URL(process.env.DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/coxswain_large');
const database = url.pathname.slice(1);
const PAGE = parse(`{ opportunities(first: 100) { edges { node {
  id name amount stage closeDate
  account { id name industry }
  owner { id name email }
  lineItems { quantity unitPrice totalPrice product { id name family } } } } } }`);

const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))] as number;
};

async function main() {
  // The database's settings, as the server sends them when it connects straight (db/session.ts).
  const bouncer = await startPgBouncer(
    { host: url.hostname, port: Number(url.port || 5432) },
    4,
    `SET jit = off; SET work_mem = 65536; SET statement_timeout = ${DEFAULT_STATEMENT_TIMEOUT_MS}`,
  );
  const direct = await openDatabase({ databaseUrl: url.toString(), migrate: false, poolSize: 4, pooler: 'none' });
  const pooled = await openDatabase({
    databaseUrl: bouncer.url(database),
    migrate: false,
    poolSize: 4,
    pooler: 'transaction',
  });
  try {
    const [org] = await direct.sql.query<{
      id: number;
      name: string;
      fiscalYearStartMonth: number;
      timeZone: string;
      currency: string;
    }>(`SELECT id, name, "fiscalYearStartMonth", "timeZone", currency FROM "Organization" ORDER BY id LIMIT 1`);
    if (!org) throw new Error(`no organization in ${database}`);
    const page = async (db: Database) => {
      const started = performance.now();
      const result = await execute({ schema, document: PAGE, contextValue: adminContext(db, org) });
      if (result.errors) throw result.errors[0];
      return performance.now() - started;
    };
    const variants = { direct, pgbouncer: pooled } as const;
    const names = Object.keys(variants) as (keyof typeof variants)[];
    for (const parallel of [1, 8]) {
      const times: Record<string, number[]> = { direct: [], pgbouncer: [] };
      const load = loadavg()[0]?.toFixed(1);
      const n = parallel === 1 ? rounds : Math.ceil(rounds / 4);
      for (let round = -5; round < n; round++) {
        const order = round % 2 === 0 ? names : [...names].reverse();
        for (const name of order) {
          const started = performance.now();
          await Promise.all(Array.from({ length: parallel }, () => page(variants[name])));
          if (round >= 0) (times[name] as number[]).push(performance.now() - started);
        }
      }
      const row = (name: string) => {
        const t = times[name] as number[];
        return { median: quantile(t, 0.5), p95: quantile(t, 0.95) };
      };
      const d = row('direct');
      const b = row('pgbouncer');
      console.log(
        `${parallel} page(s) at once, ${n} interleaved rounds, load average ${load} -> ${loadavg()[0]?.toFixed(1)}:\n` +
          `  direct     median ${d.median.toFixed(1)} ms  p95 ${d.p95.toFixed(1)} ms\n` +
          `  pgbouncer  median ${b.median.toFixed(1)} ms  p95 ${b.p95.toFixed(1)} ms\n` +
          `  ratio pgbouncer/direct: median ${(b.median / d.median).toFixed(2)}x  p95 ${(b.p95 / d.p95).toFixed(2)}x`,
      );
    }
  } finally {
    await direct.close();
    await pooled.close();
    await bouncer.destroy();
  }
}

await main();

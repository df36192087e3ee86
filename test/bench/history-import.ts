// Benchmark: import 1,000,000 back-dated opportunity history events on `large` (issue 17 target:
// under 5 minutes), then re-send the first part of them (the idempotent path: nothing written).
// The import runs in blocks of 100,000 events that alternate between one caller (calls one after
// the other) and two callers (two calls at a time, as a partner with two workers sends them), so
// both are measured interleaved in one run on the same drifting machine.
//
// The import writes, so it works on a copy: it creates `syncingest_bench_history` from the
// template `coxswain_large` (which must have no open connections), applies newer migrations to
// the copy, imports through the ingestion service the `importOpportunityHistory` mutation calls
// (same runner, transaction, audit event and statements; no HTTP), and drops the copy, also on
// failure.
//
//   pnpm bench:history [--events 1000000] [--batch 2000] [--resend 100000]
//
// Each deal gets consecutive events in its own call, in time order: two per deal for 1M events
// over the 500,000 deals. BENCH_ADMIN_URL (default postgresql://postgres@127.0.0.1:5432/postgres)
// is where the copy is created and dropped.
import { parseArgs } from 'node:util';
import pg from 'pg';
import { openDatabase } from '../../api/src/db/database.js';
import type { OpportunityStage } from '../../api/src/generated/prisma/client.js';
import { importOpportunityHistory } from '../../api/src/ingestion/service.js';
import { Decimal } from '../../api/src/shared/scalars.js';
import { tenantPrisma } from '../../api/src/shared/tenant.js';
import { readOrganization } from '../support/organization.js';

const { values } = parseArgs({
  options: {
    events: { type: 'string', default: '1000000' },
    batch: { type: 'string', default: '2000' },
    resend: { type: 'string', default: '100000' },
  },
});
const EVENTS = Number(values.events);
const BATCH = Number(values.batch);
const RESEND = Number(values.resend);
const SOURCE = 'coxswain_large';
const COPY = 'syncingest_bench_history';
const adminUrl = process.env.BENCH_ADMIN_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
const copyUrl = adminUrl.replace(/\/[^/]*$/, `/${COPY}`);

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** CREATE DATABASE ... TEMPLATE fails while anyone is connected to the template: retry a while. */
async function createCopy(admin: pg.Client): Promise<void> {
  await admin.query(`DROP DATABASE IF EXISTS ${COPY}`);
  for (let attempt = 1; ; attempt++) {
    try {
      await admin.query(`CREATE DATABASE ${COPY} TEMPLATE ${SOURCE}`);
      return;
    } catch (error) {
      const busy = /being accessed by other users/.test((error as Error).message);
      if (!busy || attempt >= 90) throw error;
      await sleep(2_000);
    }
  }
}

// A plausible path through the funnel: event k of a deal is in STAGES[k].
const STAGES: OpportunityStage[] = ['PROSPECTING', 'QUALIFICATION', 'DISCOVERY', 'PROPOSAL', 'NEGOTIATION'];

interface Deal {
  externalId: string;
  createdDate: Date;
  closeDate: Date;
  amount: string;
}

async function bench() {
  const db = await openDatabase({ databaseUrl: copyUrl, migrate: true });
  try {
    const org = await readOrganization(db, undefined, 'load the large dataset first');
    const deals = await db.sql.query<Deal>(
      `SELECT "externalId", "createdDate", "closeDate", amount::text AS amount FROM "Opportunity"
        WHERE "organizationId" = $1 AND "externalId" IS NOT NULL ORDER BY id`,
      [org.id],
    );
    const perDeal = Math.ceil(EVENTS / deals.length);
    // Events at 00:00:01.xyz, 00:00:02.xyz, ... of the creation day: off the seed's own instants.
    const events = deals
      .flatMap((d) =>
        Array.from({ length: perDeal }, (_, k) => ({
          opportunityExternalId: d.externalId,
          changedAt: new Date(new Date(d.createdDate).getTime() + (k + 1) * 1000 + 123),
          stage: STAGES[k % STAGES.length] as OpportunityStage,
          amount: new Decimal(d.amount),
          closeDate: new Date(d.closeDate),
        })),
      )
      .slice(0, EVENTS);
    const caller = {
      prisma: tenantPrisma(db.prisma, org.id),
      organizationId: org.id,
      principal: 'system:bench-history',
    };
    const [before] = await db.sql.query<{ n: number }>('SELECT count(*)::int AS n FROM "OpportunityHistory"');

    const totals = { created: 0, unchanged: 0, refused: 0 };
    const latencies: number[] = [];
    /** Sends `rows` in calls of BATCH, `workers` calls at a time; returns seconds. */
    const send = async (rows: typeof events, workers: number) => {
      const started = performance.now();
      let next = 0;
      const worker = async () => {
        for (let i = next; i < rows.length; i = next) {
          next += BATCH;
          const t = performance.now();
          const out = await importOpportunityHistory(caller, rows.slice(i, i + BATCH));
          latencies.push(performance.now() - t);
          totals.created += out.created;
          totals.unchanged += out.unchanged;
          totals.refused += out.userErrors.length;
        }
      };
      await Promise.all(Array.from({ length: workers }, worker));
      return (performance.now() - started) / 1000;
    };
    const report = (label: string, count: number, seconds: number) => {
      latencies.sort((a, b) => a - b);
      const p = (q: number) =>
        Math.round(latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] as number);
      console.log(
        `${label}: ${count} events in ${seconds.toFixed(1)} s = ${Math.round(count / seconds)} events/s; ` +
          `created ${totals.created}, unchanged ${totals.unchanged}, refused ${totals.refused}; ` +
          `call median ${p(0.5)} ms, p90 ${p(0.9)} ms`,
      );
      Object.assign(totals, { created: 0, unchanged: 0, refused: 0 });
      latencies.length = 0;
    };

    console.log(`${deals.length} deals, ${events.length} events, ${perDeal} per deal, calls of ${BATCH}`);
    const BLOCK = 100_000;
    const byWorkers = { 1: { events: 0, seconds: 0 }, 2: { events: 0, seconds: 0 } };
    const started = performance.now();
    for (let b = 0; b * BLOCK < events.length; b++) {
      const workers = b % 2 === 0 ? 1 : 2;
      const block = events.slice(b * BLOCK, (b + 1) * BLOCK);
      const seconds = await send(block, workers);
      byWorkers[workers].events += block.length;
      byWorkers[workers].seconds += seconds;
      report(`block ${b} (${workers} caller${workers > 1 ? 's' : ''})`, block.length, seconds);
    }
    const fresh = (performance.now() - started) / 1000;
    const rate = (w: 1 | 2) => byWorkers[w].events / byWorkers[w].seconds;
    console.log(
      `import: ${events.length} events in ${fresh.toFixed(1)} s = ${Math.round(events.length / fresh)} events/s; ` +
        `one caller ${Math.round(rate(1))} events/s, two callers ${Math.round(rate(2))} events/s (ratio ${(rate(2) / rate(1)).toFixed(2)})`,
    );
    const resent = await send(events.slice(0, RESEND), 1);
    report('re-send (idempotent, one caller)', Math.min(RESEND, events.length), resent);
    const [after] = await db.sql.query<{ n: number }>('SELECT count(*)::int AS n FROM "OpportunityHistory"');
    console.log(`history rows ${before?.n} -> ${after?.n} (+${Number(after?.n) - Number(before?.n)})`);
    console.log(`ratio re-send/import time per event: ${(resent / RESEND / (fresh / events.length)).toFixed(2)}`);
    if (events.length >= 1_000_000) console.log(`target 1M events < 300 s: ${fresh < 300 ? 'met' : 'missed'}`);
  } finally {
    await db.close();
  }
}

const admin = new pg.Client({ connectionString: adminUrl });
await admin.connect();
try {
  await createCopy(admin);
  await bench();
} finally {
  await admin.query(`DROP DATABASE IF EXISTS ${COPY} WITH (FORCE)`);
  await admin.end();
}

// Analytics against their SQL alone (issue 10, item 3): runs the per-area benchmarks
// (bench:performance, bench:whitespace, bench:forecast, bench:comp) with few runs, one after
// another, reads the numbers they print, and prints one summary table; with --write it replaces
// the table between the analytics markers of docs/benchmarks.md. The per-area scripts stay the
// source of truth (their own docs explain each number); this only collects them.
//
//   pnpm bench:analytics [--runs 5] [--write]
//
// DATABASE_URL is passed through (default coxswain_large). bench:comp writes, so it works on a
// copy it makes from coxswain_large and drops; it has no "SQL alone" layer.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ROOT } from './load-harness.js';

const { values } = parseArgs({
  options: { runs: { type: 'string', default: '5' }, write: { type: 'boolean', default: false } },
});
const runs = values.runs as string;

interface Row {
  area: string;
  query: string;
  graphql: number | null;
  sql: number | null;
  note?: string;
}

function run(script: string, args: string[]): string {
  console.error(`running ${script} ${args.join(' ')} ...`);
  const result = spawnSync(process.execPath, ['--import', 'tsx', `test/bench/${script}.ts`, ...args], {
    cwd: ROOT,
    env: process.env,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status !== 0) throw new Error(`${script} failed (${result.status}): ${result.stderr.slice(-2000)}`);
  return result.stdout;
}

/** The text blocks of bench:performance and bench:whitespace: a case name, then `  layer median N ms ...`. */
function layered(area: string, out: string, sqlLayer: string): Row[] {
  const rows: Row[] = [];
  let current: { name: string; layers: Map<string, number> } | null = null;
  const flush = () => {
    if (!current) return;
    rows.push({
      area,
      query: current.name,
      graphql: current.layers.get('GraphQL') ?? null,
      sql: current.layers.get(sqlLayer) ?? null,
    });
  };
  for (const line of out.split('\n')) {
    const layer = /^ {2}(.+?)\s+median\s+(\d+) ms/.exec(line);
    if (layer && current) current.layers.set((layer[1] as string).trim(), Number(layer[2]));
    else if (/^\S/.test(line) && !line.startsWith('{') && !line.includes('runs per layer')) {
      flush();
      current = { name: line.trim(), layers: new Map() };
    }
  }
  flush();
  return rows.filter((r) => r.graphql != null);
}

/** The last JSON object a script printed. */
function lastJson(out: string): Record<string, unknown> {
  const start = out.lastIndexOf('\n{');
  return JSON.parse(out.slice(start >= 0 ? start + 1 : out.indexOf('{')));
}

const rows: Row[] = [];
rows.push(...layered('performance', run('performance', ['--runs', runs]), 'SQL alone (pg)'));
rows.push(...layered('whitespace', run('whitespace', ['--runs', runs]), 'SQL alone'));
{
  const f = lastJson(run('forecast', ['--runs', runs, '--cold-runs', '2'])) as {
    period: string;
    people: number;
    warm: { graphql: { median: number }; sqlAlone: { median: number } };
    cold: { graphql: { median: number }; sqlAlone: { median: number } };
  };
  rows.push({
    area: 'forecast',
    query: `forecast ${f.period}, top of the hierarchy (${f.people} people), win rates stored`,
    graphql: f.warm.graphql.median,
    sql: f.warm.sqlAlone.median,
  });
  rows.push({
    area: 'forecast',
    query: `forecast ${f.period}, win rates recomputed (cold)`,
    graphql: f.cold.graphql.median,
    sql: f.cold.sqlAlone.median,
  });
}
{
  const c = lastJson(run('comp', ['--statements', runs])) as {
    period: string;
    reps: number;
    seconds: { compute: number };
    statementMs: { service: { median: number }; graphqlCompAdmin: { median: number } };
  };
  rows.push({
    area: 'comp',
    query: `payout statement ${c.period} (comp admin), through the server's GraphQL handler`,
    graphql: c.statementMs.graphqlCompAdmin.median,
    sql: null,
    note: `service alone ${Math.round(c.statementMs.service.median)} ms`,
  });
  rows.push({
    area: 'comp',
    query: `computePayoutRun ${c.period}, ${c.reps} reps (service)`,
    graphql: c.seconds.compute * 1000,
    sql: null,
    note: 'a write: one run, not a median',
  });
}

const f = (x: number | null) => (x == null ? '–' : x.toFixed(0));
const table = [
  `Collected by \`pnpm bench:analytics --runs ${runs}\` on ${new Date().toISOString().slice(0, 16)}Z, load average at the end ${loadavg()
    .map((x) => x.toFixed(1))
    .join(' / ')} (1/5/15 min).`,
  '',
  '| area | query | GraphQL median ms | SQL alone median ms | GraphQL / SQL |',
  '| --- | --- | --- | --- | --- |',
  ...rows.map(
    (r) =>
      `| ${r.area} | ${r.query} | ${f(r.graphql)} | ${f(r.sql)} | ${r.graphql != null && r.sql ? `${(r.graphql / r.sql).toFixed(2)}x` : (r.note ?? '–')} |`,
  ),
].join('\n');
console.log(table);

if (values.write) {
  const doc = path.join(ROOT, 'docs/benchmarks.md');
  const text = readFileSync(doc, 'utf8');
  const begin = '<!-- bench:analytics begin -->';
  const end = '<!-- bench:analytics end -->';
  const from = text.indexOf(begin);
  const to = text.indexOf(end);
  if (from < 0 || to < from) throw new Error(`docs/benchmarks.md has no ${begin} ... ${end} section`);
  writeFileSync(doc, `${text.slice(0, from + begin.length)}\n\n${table}\n\n${text.slice(to)}`);
  // The lint checks Markdown too: pad the table the way the formatter does.
  spawnSync('npx', ['biome', 'format', '--write', doc], { cwd: ROOT, stdio: 'ignore' });
  console.error('docs/benchmarks.md updated');
}

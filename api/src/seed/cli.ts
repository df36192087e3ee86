// `pnpm seed --size demo|large [--seed N] [--today YYYY-MM-DD] [--reset] [--if-empty] [--quiet]`
// Loads the demo dataset into DATABASE_URL when set (created when it does not exist), else into
// the embedded database under .coxswain/data. `--if-empty` does nothing when an organization
// exists (the start command uses it through seedIfEmpty); `--reset` deletes all business rows first.
// The seed day (`--today`) defaults to the current UTC date, so the demo's history ends on the day
// it is loaded; the dataset itself is a pure function of size, seed and seed day. Library callers
// (the tests) that give no day get DEFAULT_TODAY, a fixed day.
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { ensureDatabase } from '../db/create-database.js';
import { type Database, openDatabase } from '../db/database.js';
import { addDemoFeatures } from './features.js';
import { DATASET_SIZES, DEFAULT_SEED, generateDataset, resolveSize, type SizeName } from './generate.js';
import { DATASET_TABLES, type LoadOptions, loadDataset, resetDatabase } from './load.js';

export interface SeedOptions {
  size: SizeName;
  seed?: number;
  /** The seed day, YYYY-MM-DD (default DEFAULT_TODAY, fixed; the entry points pass currentDay()). */
  today?: string;
  /** Delete every business row first. */
  reset?: boolean;
  /** Progress on stderr (default true). */
  progress?: boolean;
}

export interface SeedResult {
  generateSeconds: number;
  loadSeconds: number;
  /** Capacity lines, the draft scenario, comp plan, assignments and payout runs, through the services. */
  featureSeconds: number;
  counts: Record<string, number>;
}

export async function hasOrganization(db: Database): Promise<boolean> {
  return (await db.sql.query('SELECT 1 FROM "Organization" LIMIT 1')).length > 0;
}

export async function seed(db: Database, options: SeedOptions): Promise<SeedResult> {
  if (options.reset) await resetDatabase(db.sql);
  const generateStarted = performance.now();
  const dataset = generateDataset(resolveSize(options.size), { seed: options.seed, today: options.today });
  const generateSeconds = (performance.now() - generateStarted) / 1000;
  const loadOptions: LoadOptions = options.progress === false ? { onProgress: null } : {};
  const result = await loadDataset(db.sql, dataset, loadOptions);
  const featuresStarted = performance.now();
  const features = await addDemoFeatures(db, dataset);
  return {
    generateSeconds,
    loadSeconds: result.ms / 1000,
    featureSeconds: (performance.now() - featuresStarted) / 1000,
    counts: {
      ...Object.fromEntries(result.tables.map((t) => [t.table, t.rows])),
      CapacityLine: features.capacityLines,
      CompAssignment: features.compAssignments,
      PayoutRun: features.payoutRuns,
    },
  };
}

/** The current UTC date, YYYY-MM-DD: the seed day of the start command and of the CLI by default. */
export function currentDay(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/** Loads the dataset of the given size, anchored to today, unless the database already has an organization. */
export async function seedIfEmpty(
  db: Database,
  size: SizeName = 'demo',
  today: string = currentDay(),
): Promise<SeedResult | null> {
  if (await hasOrganization(db)) return null;
  return seed(db, { size, today });
}

const USAGE = `usage: pnpm seed --size ${Object.keys(DATASET_SIZES).join('|')} [--seed N] [--today YYYY-MM-DD] [--reset] [--if-empty] [--quiet]`;

async function main(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    // `pnpm seed -- --size large` forwards the separator too.
    args: argv.filter((arg) => arg !== '--'),
    options: {
      size: { type: 'string', default: 'demo' },
      seed: { type: 'string', default: String(DEFAULT_SEED) },
      today: { type: 'string', default: currentDay() },
      reset: { type: 'boolean', default: false },
      'if-empty': { type: 'boolean', default: false },
      quiet: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  if (!(values.size in DATASET_SIZES)) {
    console.error(`unknown size "${values.size}"\n${USAGE}`);
    return 2;
  }
  const seedValue = Number(values.seed);
  if (!Number.isSafeInteger(seedValue)) {
    console.error(`--seed must be an integer\n${USAGE}`);
    return 2;
  }

  const started = performance.now();
  const databaseUrl = process.env.DATABASE_URL || undefined;
  if (databaseUrl) await ensureDatabase(databaseUrl);
  const db = await openDatabase({ databaseUrl });
  try {
    if (await hasOrganization(db)) {
      if (values['if-empty']) {
        console.log(`${db.location} already has data; nothing to do.`);
        return 0;
      }
      if (!values.reset) {
        console.error(`${db.location} already has data; pass --reset to replace it or --if-empty to keep it.`);
        return 1;
      }
    }
    console.error(`Seeding ${values.size} (seed ${seedValue}, today ${values.today}) into ${db.kind} ${db.location}`);
    const result = await seed(db, {
      size: values.size as SizeName,
      seed: seedValue,
      today: values.today,
      reset: values.reset,
      progress: !values.quiet,
    });
    const width = Math.max(...DATASET_TABLES.map((t) => t.table.length));
    for (const table of Object.keys(result.counts)) {
      console.log(`${table.padEnd(width)}  ${String(result.counts[table] ?? 0).padStart(9)}`);
    }
    console.log(
      `generated in ${result.generateSeconds.toFixed(1)} s, loaded in ${result.loadSeconds.toFixed(1)} s, ` +
        `plans and comp in ${result.featureSeconds.toFixed(1)} s, ` +
        `${((performance.now() - started) / 1000).toFixed(1)} s in all`,
    );
    return 0;
  } finally {
    await db.close();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}

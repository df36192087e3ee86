// Export files of bulk operations: the columns of a bulk document, and NDJSON, CSV and Parquet
// written from a small set of rows made by hand here (shaped as GraphQL execution returns them),
// read back (NDJSON and CSV by parsing, Parquet with DuckDB) and compared with those rows.
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { parse as parseCsv } from 'csv-parse/sync';
import { parse } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExportColumn, exportColumns, openExportFile } from '../api/src/bulk/files/index.js';
import { schema } from '../api/src/schema.js';
import { UserInputError } from '../api/src/shared/errors.js';

const DEALS = /* GraphQL */ `
  query Deals {
    opportunities {
      edges {
        node {
          id
          name
          amount
          probability
          closeDate
          stage
          externalId
          account {
            name
            employees
            annualRevenue
          }
          lineItems {
            quantity
            totalPrice
            product {
              name
            }
          }
          changes: history {
            changedAt
            amount
          }
        }
      }
    }
  }
`;

/** Two deals as GraphQL returns them: money as strings, instants as ISO text, lists as arrays. */
const ROWS = [
  {
    id: 'T3Bw:1',
    name: 'Acme, "Phase 2"\nrenewal',
    amount: '1250.50',
    probability: '0.75',
    closeDate: '2026-12-31',
    stage: 'NEGOTIATION',
    externalId: '',
    account: { name: 'Acme, Inc.', employees: 1200, annualRevenue: '98765432109876.99' },
    lineItems: [
      { quantity: '2', totalPrice: '1000.25', product: { name: 'Seats' } },
      { quantity: '1', totalPrice: '250.25', product: { name: 'Support, "gold"' } },
    ],
    changes: [
      { changedAt: '2026-11-01T09:30:00.000Z', amount: '1000.00' },
      { changedAt: '2026-11-20T17:45:12.345Z', amount: '1250.50' },
    ],
  },
  {
    id: 'T3Bw:2',
    name: 'Globex',
    amount: '-0.01',
    probability: '0.1',
    closeDate: '2027-01-02',
    stage: 'PROSPECTING',
    externalId: null,
    account: { name: 'Globex', employees: 40, annualRevenue: null },
    lineItems: [],
    changes: [{ changedAt: '2026-10-05T00:00:00.000Z', amount: '-0.01' }],
  },
];

let dir: string;
let columns: ExportColumn[];

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'bulk-files-'));
  columns = exportColumns(schema, parse(DEALS));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('exportColumns', () => {
  it('lists every leaf under the root node in selection order, with types, aliases and list marks', () => {
    expect(columns.map((c) => [c.path.join('.'), c.type, c.nullable, c.underList])).toEqual([
      ['id', 'ID', false, false],
      ['name', 'String', false, false],
      ['amount', 'Money', false, false],
      ['probability', 'Decimal', false, false],
      ['closeDate', 'Date', false, false],
      ['stage', 'Enum', false, false],
      ['externalId', 'String', true, false],
      ['account.name', 'String', false, false],
      ['account.employees', 'Int', false, false],
      ['account.annualRevenue', 'Money', true, false],
      ['lineItems.quantity', 'Decimal', false, true],
      ['lineItems.totalPrice', 'Money', false, true],
      ['lineItems.product.name', 'String', false, true],
      ['changes.changedAt', 'DateTime', false, true],
      ['changes.amount', 'Money', false, true],
    ]);
  });

  it('keeps a nested connection’s edges and node in the path and marks how each key is read', () => {
    const nested = exportColumns(
      schema,
      parse(`{ accounts { edges { node { name deals: opportunities(first: 5) { edges { node { amount } } } } } } }`),
    );
    expect(nested).toEqual([
      { path: ['name'], type: 'String', nullable: false, underList: false, steps: ['field'] },
      {
        path: ['deals', 'edges', 'node', 'amount'],
        type: 'Money',
        nullable: false,
        underList: true,
        steps: ['connection', 'edges', 'node', 'field'],
      },
    ]);
  });

  it.each([
    ['two root fields', '{ opportunities { edges { node { id } } } accounts { edges { node { id } } } }'],
    ['a root that is not a connection', '{ organization { name } }'],
    ['a mutation', 'mutation { revokeApiKey(id: "x") { apiKeyId } }'],
    ['paging fields', '{ opportunities { pageInfo { hasNextPage } edges { node { id } } } }'],
    ['an empty node', '{ opportunities { edges { cursor } } }'],
  ])('refuses %s with a user error on input.query', (_what, document) => {
    let error: unknown;
    try {
      exportColumns(schema, parse(document));
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(UserInputError);
    expect((error as UserInputError).userError.field).toEqual(['input', 'query']);
  });
});

async function writeRows(
  format: 'NDJSON' | 'CSV' | 'PARQUET',
  name: string,
  rows: Record<string, unknown>[],
  cols = columns,
) {
  const path = join(dir, name);
  const writer = await openExportFile({ format, columns: cols, path });
  // Two calls, as the export's cursor hands batches over.
  await writer.write(rows.slice(0, 1));
  await writer.write(rows.slice(1));
  const { bytes } = await writer.finish();
  expect(bytes).toBe((await stat(path)).size);
  return path;
}

describe('NDJSON', () => {
  it('writes one root node per line, as GraphQL returned it', async () => {
    const path = await writeRows('NDJSON', 'deals.ndjson', ROWS);
    const text = await readFile(path, 'utf8');
    const lines = text.split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[2]).toBe('');
    expect(JSON.parse(lines[0] as string)).toEqual(ROWS[0]);
    expect(JSON.parse(lines[1] as string)).toEqual(ROWS[1]);
    // Money stays text: no float on the way.
    expect(lines[1]).toContain('"amount":"-0.01"');
  });
});

describe('CSV', () => {
  it('flattens objects into dotted columns and each list into one JSON-array cell, quoted per RFC 4180', async () => {
    const path = await writeRows('CSV', 'deals.csv', ROWS);
    const text = await readFile(path, 'utf8');
    const header =
      'id,name,amount,probability,closeDate,stage,externalId,account.name,account.employees,account.annualRevenue,lineItems,changes';
    // The second line by hand: a comma, quotes and a newline quoted with quotes doubled; the empty
    // string quoted, lists as JSON arrays of the selected fields.
    const first =
      'T3Bw:1,"Acme, ""Phase 2""\nrenewal",1250.50,0.75,2026-12-31,NEGOTIATION,"","Acme, Inc.",1200,98765432109876.99,' +
      '"[{""quantity"":""2"",""totalPrice"":""1000.25"",""product"":{""name"":""Seats""}},' +
      '{""quantity"":""1"",""totalPrice"":""250.25"",""product"":{""name"":""Support, \\""gold\\""""}}]",' +
      '"[{""changedAt"":""2026-11-01T09:30:00.000Z"",""amount"":""1000.00""},' +
      '{""changedAt"":""2026-11-20T17:45:12.345Z"",""amount"":""1250.50""}]"';
    // Null is an empty unquoted field.
    const second =
      'T3Bw:2,Globex,-0.01,0.1,2027-01-02,PROSPECTING,,Globex,40,,[],' +
      '"[{""changedAt"":""2026-10-05T00:00:00.000Z"",""amount"":""-0.01""}]"';
    expect(text).toBe(`${header}\r\n${first}\r\n${second}\r\n`);

    // And a CSV reader gets the values back.
    const records = parseCsv(text, { columns: true }) as Record<string, string>[];
    expect(records).toHaveLength(2);
    expect(records[0]?.name).toBe(ROWS[0]?.name);
    expect(JSON.parse(records[0]?.lineItems as string)).toEqual(ROWS[0]?.lineItems);
    expect(records[1]?.['account.annualRevenue']).toBe('');
  });

  it('names a nested connection’s column by its path, without edges and node', async () => {
    const nested = exportColumns(
      schema,
      parse(`{ accounts { edges { node { name deals: opportunities(first: 5) { edges { node { amount } } } } } } }`),
    );
    const path = await writeRows(
      'CSV',
      'accounts.csv',
      [
        { name: 'Acme', deals: { edges: [{ node: { amount: '10.00' } }, { node: { amount: '0.50' } }] } },
        { name: 'Globex', deals: { edges: [] } },
      ],
      nested,
    );
    expect(await readFile(path, 'utf8')).toBe(
      'name,deals\r\nAcme,"[{""amount"":""10.00""},{""amount"":""0.50""}]"\r\nGlobex,[]\r\n',
    );
  });
});

describe('Parquet', () => {
  let duck: Awaited<ReturnType<typeof DuckDBInstance.create>>;

  beforeAll(async () => {
    duck = await DuckDBInstance.create(':memory:');
  });

  async function query(sql: string) {
    const connection = await duck.connect();
    try {
      const reader = await connection.runAndReadAll(sql);
      return reader.getRowObjectsJson();
    } finally {
      connection.closeSync();
    }
  }

  it('is read by DuckDB with the row count, real types and exact values', async () => {
    const path = await writeRows('PARQUET', 'deals.parquet', ROWS);
    const file = `read_parquet('${path}')`;

    const types = Object.fromEntries(
      (await query(`DESCRIBE SELECT * FROM ${file}`)).map((r) => [r.column_name, r.column_type]),
    );
    expect(types).toEqual({
      id: 'VARCHAR',
      name: 'VARCHAR',
      amount: 'DECIMAL(24,6)',
      probability: 'DECIMAL(26,8)',
      closeDate: 'DATE',
      stage: 'VARCHAR',
      externalId: 'VARCHAR',
      account: 'STRUCT("name" VARCHAR, employees INTEGER, annualRevenue DECIMAL(24,6))',
      lineItems: 'STRUCT(quantity DECIMAL(26,8), totalPrice DECIMAL(24,6), product STRUCT("name" VARCHAR))[]',
      changes: 'STRUCT(changedAt TIMESTAMP WITH TIME ZONE, amount DECIMAL(24,6))[]',
    });

    expect(await query(`SELECT count(*)::INTEGER AS n FROM ${file}`)).toEqual([{ n: 2 }]);

    // Exact values, money to the cent, compared as text so no float is involved.
    const rows = await query(`
      SELECT id, name, amount::VARCHAR AS amount, probability::VARCHAR AS probability,
             closeDate::VARCHAR AS "closeDate", stage, externalId,
             account.name AS account_name, account.employees AS employees,
             account.annualRevenue::VARCHAR AS revenue,
             len(lineItems)::INTEGER AS items,
             (SELECT sum(li.totalPrice)::VARCHAR FROM (SELECT unnest(lineItems) AS li)) AS "itemsTotal",
             lineItems[2].product.name AS second_product,
             epoch_ms(changes[2].changedAt)::VARCHAR AS last_change_ms,
             changes[1].amount::VARCHAR AS first_change
        FROM ${file} ORDER BY id`);
    expect(rows).toEqual([
      {
        id: 'T3Bw:1',
        name: 'Acme, "Phase 2"\nrenewal',
        amount: '1250.500000',
        probability: '0.75000000',
        closeDate: '2026-12-31',
        stage: 'NEGOTIATION',
        externalId: '',
        account_name: 'Acme, Inc.',
        employees: 1200,
        revenue: '98765432109876.990000',
        items: 2,
        itemsTotal: '1250.500000',
        second_product: 'Support, "gold"',
        last_change_ms: String(Date.UTC(2026, 10, 20, 17, 45, 12, 345)),
        first_change: '1000.000000',
      },
      {
        id: 'T3Bw:2',
        name: 'Globex',
        amount: '-0.010000',
        probability: '0.10000000',
        closeDate: '2027-01-02',
        stage: 'PROSPECTING',
        externalId: null,
        account_name: 'Globex',
        employees: 40,
        revenue: null,
        items: 0,
        itemsTotal: null,
        second_product: null,
        last_change_ms: null,
        first_change: '-0.010000',
      },
    ]);
  });

  it('writes many row groups and keeps every row', async () => {
    const many = Array.from({ length: 12_345 }, (_, i) => ({
      ...ROWS[1],
      id: `T3Bw:${i + 1}`,
      amount: `${i}.${String(i % 100).padStart(2, '0')}`,
    }));
    const path = await writeRows('PARQUET', 'many.parquet', many);
    const file = `read_parquet('${path}')`;
    // sum of i + (i mod 100)/100 for i < 12345, computed here by hand in cents.
    let cents = 0n;
    for (let i = 0; i < 12_345; i++) cents += BigInt(i) * 100n + BigInt(i % 100);
    const expected = `${cents / 100n}.${String(cents % 100n).padStart(2, '0')}0000`;
    expect(
      await query(
        `SELECT count(*)::INTEGER AS n, sum(amount)::VARCHAR AS total, count(DISTINCT id)::INTEGER AS ids FROM ${file}`,
      ),
    ).toEqual([{ n: 12_345, total: expected, ids: 12_345 }]);
    const groups = await query(`SELECT count(DISTINCT row_group_id)::INTEGER AS g FROM parquet_metadata('${path}')`);
    expect(groups).toEqual([{ g: 3 }]);
  });

  it('writes Boolean, Float and JSON leaves made by hand', async () => {
    const handMade: ExportColumn[] = [
      { path: ['closed'], type: 'Boolean', nullable: false, underList: false },
      { path: ['weight'], type: 'Float', nullable: true, underList: false },
      { path: ['explain'], type: 'JSON', nullable: true, underList: false },
    ];
    const path = await writeRows(
      'PARQUET',
      'hand.parquet',
      [
        { closed: true, weight: 0.5, explain: { why: 'won' } },
        { closed: false, weight: null, explain: null },
      ],
      handMade,
    );
    const rows = await query(
      `SELECT closed, weight, explain::VARCHAR AS explain, typeof(closed) AS t, typeof(weight) AS w, typeof(explain) AS j FROM read_parquet('${path}')`,
    );
    expect(rows).toEqual([
      { closed: true, weight: 0.5, explain: '{"why":"won"}', t: 'BOOLEAN', w: 'DOUBLE', j: 'JSON' },
      { closed: false, weight: null, explain: null, t: 'BOOLEAN', w: 'DOUBLE', j: 'JSON' },
    ]);
  });

  it('refuses a money value with more places than its scale instead of rounding it', async () => {
    const path = join(dir, 'bad.parquet');
    const writer = await openExportFile({ format: 'PARQUET', columns, path });
    await expect(writer.write([{ ...ROWS[1], amount: '1.0000001' }]).then(() => writer.finish())).rejects.toThrow(
      /amount: "1.0000001" has more than 6 decimal places/,
    );
    await writer.abort();
    await expect(stat(path)).rejects.toThrow(/ENOENT/);
  });
});

describe('abort', () => {
  it.each(['NDJSON', 'CSV', 'PARQUET'] as const)('deletes the partial %s file', async (format) => {
    const path = join(dir, `partial-${format}`);
    const writer = await openExportFile({ format, columns, path });
    await writer.write(ROWS);
    expect((await stat(path)).isFile()).toBe(true);
    await writer.abort();
    await expect(stat(path)).rejects.toThrow(/ENOENT/);
  });

  it('truncates a file left at the path by an earlier attempt', async () => {
    const path = join(dir, 'again.ndjson');
    await writeFile(path, 'left over from a crashed attempt\n'.repeat(100));
    await writeRows('NDJSON', 'again.ndjson', ROWS);
    expect((await readFile(path, 'utf8')).split('\n')).toHaveLength(3);
  });
});

// Row-level security, the connection's side (docs/security.md, "Tenant isolation"). Migration
// 20261208013000_row_level_security puts a policy on every table with an organization: a row is
// visible and writable only when its "organizationId" is the transaction's
// `coxswain.organization_id`, for the non-owner role coxswain_app. Here every statement that a
// request sends on the PostgreSQL pool runs in a transaction that first takes that role and
// that setting, so a statement that forgets its organization filter still sees one organization.
//
// Per transaction (SET LOCAL), never per session: behind a pooler in transaction mode a session
// setting would stay on the server connection for whoever gets it next. `SET LOCAL` is
// `set_config(name, value, true)` as a statement; unlike `SELECT set_config(...)` it takes no
// snapshot, so Prisma's `SET TRANSACTION ISOLATION LEVEL`, sent after BEGIN, still works.
import { AsyncLocalStorage } from 'node:async_hooks';
import pg from 'pg';

/** The role requests run as: it owns nothing, so the policies apply to it. */
export const APP_ROLE = 'coxswain_app';
/** The setting the policies compare "organizationId" with. */
export const ORGANIZATION_SETTING = 'coxswain.organization_id';

const organization = new AsyncLocalStorage<number>();

/**
 * Runs `fn` as the organization's work: every statement it sends on a PostgreSQL pool opened by
 * openDatabase (Prisma's, the one-statement reader's, db.sql's) runs as coxswain_app with the
 * organization set, and sees only that organization's rows.
 */
export function asOrganization<T>(organizationId: number, fn: () => T): T {
  if (!Number.isSafeInteger(organizationId) || organizationId < 1) {
    throw new Error(`not an organization id: ${organizationId}`);
  }
  return organization.run(organizationId, fn);
}

/**
 * Runs `fn` outside any organization's work, as the pool's login role: for work that starts
 * inside a request but outlives it and serves every organization (the job queue, started on
 * first use). Timers and workers it starts do not inherit the request's organization.
 */
export function outsideOrganization<T>(fn: () => T): T {
  return organization.exit(fn);
}

const confining = new WeakSet<object>();

/** Records that `prisma`'s pool confines organizations' statements (openDatabase). */
export function markConfining(prisma: object): void {
  confining.add(prisma);
}

/** Whether `prisma`'s statements run under row-level security in an organization's work. */
export function isConfining(prisma: object): boolean {
  return confining.has(prisma);
}

/** The statements that confine the current transaction to an organization. */
export function confineTransactionSql(organizationId: number): string {
  // organizationId is a checked integer (asOrganization), so it can be written into the text.
  return `SET LOCAL ROLE ${APP_ROLE}; SET LOCAL ${ORGANIZATION_SETTING} = '${organizationId}'`;
}

/**
 * COXSWAIN_ROW_SECURITY: `on` confines an organization's statements by row-level security. Off
 * by default: it cost the nested page its target (docs/security.md, "Tenant isolation").
 */
export function rowSecurityFromEnv(env: NodeJS.ProcessEnv = process.env): boolean {
  const raw = env.COXSWAIN_ROW_SECURITY?.trim().toLowerCase();
  if (!raw || raw === 'off') return false;
  if (raw === 'on') return true;
  throw new Error(`COXSWAIN_ROW_SECURITY must be "on" or "off", not "${env.COXSWAIN_ROW_SECURITY}"`);
}

const BEGIN = /^\s*(?:BEGIN|START\s+TRANSACTION)\b/i;
/** Ends the transaction; `ROLLBACK TO SAVEPOINT` does not. */
const END = /^\s*(?:COMMIT|END|ABORT|ROLLBACK(?!\s+TO\b))\b/i;

type QueryConfig = { text: string; values?: unknown[]; name?: string } & Record<string, unknown>;
type Callback = (error: Error | null, result?: unknown) => void;

/**
 * The pool's connection class. While checked out for an organization's work (`bindOrganization`)
 * it confines every transaction: a BEGIN (Prisma's transactions, the bulk export's snapshot) is
 * sent with the two SET LOCALs in the same round trip, and a statement outside a transaction
 * (Prisma's single statements, the one-statement reader) is sent as BEGIN + SET LOCALs, the
 * statement, COMMIT. Outside an organization's work it is a plain pg.Client.
 */
export class RowSecurityClient extends pg.Client {
  organizationId: number | null = null;
  /** Whether this checkout has begun a transaction it has not ended (reset on each checkout). */
  inTransaction = false;

  // pg's query has a dozen overloads; this one takes them all and returns what pg would.
  override query(...args: unknown[]): never {
    const send = (...a: unknown[]) => (super.query as (...x: unknown[]) => Promise<unknown>).apply(this, a);
    const [config, second, third] = args;
    const organizationId = this.organizationId;
    const submittable = typeof (config as { submit?: unknown })?.submit === 'function';
    if (organizationId === null) return send(...args) as never;
    if (submittable) {
      // A stream (COPY, cursors) has no promise to chain the COMMIT on: inside a transaction only.
      if (!this.inTransaction) throw new Error('an organization statement stream must run inside a transaction');
      return send(...args) as never;
    }
    const callback = (typeof second === 'function' ? second : third) as Callback | undefined;
    const values = typeof second === 'function' ? undefined : second;
    const query: QueryConfig =
      typeof config === 'string' ? { text: config, values: values as unknown[] | undefined } : (config as QueryConfig);
    const result = this.confined(organizationId, query, send);
    if (!callback) return result as never;
    result.then(
      (r) => callback(null, r),
      (e: Error) => callback(e),
    );
    return undefined as never;
  }

  private async confined(
    organizationId: number,
    query: QueryConfig,
    send: (...a: unknown[]) => Promise<unknown>,
  ): Promise<unknown> {
    const text = query.text;
    if (BEGIN.test(text)) {
      this.inTransaction = true;
      // Without parameters pg uses the simple protocol, which takes several statements at once.
      if (!query.name && !query.values?.length) {
        const results = (await send({
          ...query,
          text: `${text}; ${confineTransactionSql(organizationId)}`,
        })) as unknown[];
        return results[0];
      }
      const begun = await send(query);
      await send(confineTransactionSql(organizationId));
      return begun;
    }
    if (this.inTransaction) {
      if (END.test(text)) this.inTransaction = false;
      return send(query);
    }
    await send(`BEGIN; ${confineTransactionSql(organizationId)}`);
    let result: unknown;
    try {
      result = await send(query);
    } catch (error) {
      // The statement's error is the one to report, even when the connection is gone.
      await send('ROLLBACK').catch(() => undefined);
      throw error;
    }
    await send('COMMIT');
    return result;
  }
}

/**
 * Called on each checkout of a RowSecurityClient, in the caller's async context: binds the
 * connection to the organization whose work checked it out, or to none.
 */
export function bindOrganization(client: pg.PoolClient, enabled: boolean): pg.PoolClient {
  if (client instanceof RowSecurityClient) {
    client.organizationId = enabled ? (organization.getStore() ?? null) : null;
    client.inTransaction = false;
  }
  return client;
}

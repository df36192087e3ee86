// Runs each operation's execution as its organization's database work (db/gate.ts, and
// row-level security: db/row-security.ts), so that
// the connections it checks out count against the organization's and the request's share of
// the pool, and a heavy operation (access/cost.ts `isHeavy`, from the requested cost the cost
// plugin computed) first takes one of its organization's heavy slots; answers THROTTLED (503,
// Retry-After) when a wait passed the gate's bound. Registered first among the server's plugins:
// its result, a request-level error, is then seen as such by the error masking and the cost
// refund that run after it. Its execute function runs after every plugin's onExecute, the cost
// plugin's included.
import { type ExecutionResult, GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { DatabaseBusyError, DatabaseGate, RequestWork } from '../db/gate.js';
import { asOrganization } from '../db/row-security.js';
import type { Context } from '../shared/context.js';
import { isHeavy } from './cost.js';
import { requestedCostOf } from './plugins.js';

/** Seconds a refused client is asked to wait: the gate's slots turn over within a statement. */
const RETRY_AFTER_SECONDS = 1;

const REASONS: Record<DatabaseBusyError['holder'], string> = {
  organization: 'ORGANIZATION_DATABASE_SHARE',
  request: 'REQUEST_DATABASE_SHARE',
  analytics: 'ORGANIZATION_ANALYTICS_SHARE',
};

function busyError(refusal: DatabaseBusyError): GraphQLError {
  return new GraphQLError(refusal.message, {
    extensions: {
      code: 'THROTTLED',
      reason: REASONS[refusal.holder],
      http: { status: 503, headers: { 'Retry-After': String(RETRY_AFTER_SECONDS) } },
    },
  });
}

export function useDatabaseShare(gate: DatabaseGate | null): Plugin<Context> {
  return {
    onExecute({ args, executeFn, setExecuteFn }) {
      const context = args.contextValue;
      // Every statement of the execution runs under row-level security as the caller's
      // organization (db/row-security.ts); the gate, when there is one, counts its connections.
      const organizationId = context.viewer.organizationId;
      if (!gate) {
        setExecuteFn((executeArgs) => asOrganization(organizationId, () => executeFn(executeArgs)));
        return;
      }
      let work: RequestWork | undefined;
      // Decided when execution starts: the cost plugin's onExecute, which runs after this one,
      // has computed the requested cost by then.
      setExecuteFn(async (executeArgs) => {
        const cost = requestedCostOf(context);
        const started = gate.begin(context.viewer.organizationId, { heavy: cost !== undefined && isHeavy(cost) });
        work = started;
        try {
          return await started.run(() => asOrganization(organizationId, () => executeFn(executeArgs)));
        } catch (error) {
          // A heavy request that waited past the bound for its slot has run nothing.
          if (started.refused && error === started.refused) return { errors: [busyError(started.refused)] };
          throw error;
        }
      });
      return {
        onExecuteDone({ result, setResult }) {
          if (!work?.refused || Symbol.asyncIterator in result) return;
          // Fields that did get a connection may have resolved; the answer is still the refusal,
          // so a client retries the whole operation rather than trusting a partial one.
          setResult({ errors: [busyError(work.refused)], extensions: (result as ExecutionResult).extensions });
        },
      };
    },
  };
}

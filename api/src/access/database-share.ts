// Runs each operation's execution as its organization's database work (db/gate.ts), so that
// the connections it checks out count against the organization's and the request's share of
// the pool, and answers THROTTLED (503, Retry-After) when a checkout waited past the gate's
// bound. Registered first among the server's plugins: its result, a request-level error, is then
// seen as such by the error masking and the cost refund that run after it.
import { type ExecutionResult, GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { DatabaseBusyError, DatabaseGate } from '../db/gate.js';
import type { Context } from '../shared/context.js';

/** Seconds a refused client is asked to wait: the gate's slots turn over within a statement. */
const RETRY_AFTER_SECONDS = 1;

function busyError(refusal: DatabaseBusyError): GraphQLError {
  return new GraphQLError(refusal.message, {
    extensions: {
      code: 'THROTTLED',
      reason: refusal.holder === 'organization' ? 'ORGANIZATION_DATABASE_SHARE' : 'REQUEST_DATABASE_SHARE',
      http: { status: 503, headers: { 'Retry-After': String(RETRY_AFTER_SECONDS) } },
    },
  });
}

export function useDatabaseShare(gate: DatabaseGate | null): Plugin<Context> {
  return {
    onExecute({ args, executeFn, setExecuteFn }) {
      if (!gate) return;
      const work = gate.begin(args.contextValue.viewer.organizationId);
      setExecuteFn((executeArgs) => work.run(() => executeFn(executeArgs)));
      return {
        onExecuteDone({ result, setResult }) {
          if (!work.refused || Symbol.asyncIterator in result) return;
          // Fields that did get a connection may have resolved; the answer is still the refusal,
          // so a client retries the whole operation rather than trusting a partial one.
          setResult({ errors: [busyError(work.refused)], extensions: (result as ExecutionResult).extensions });
        },
      };
    },
  };
}

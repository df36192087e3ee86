// Sends a query operation that asks for analytics to the streaming replica when db/replica.ts
// says it may (up, not lagging, and past the caller's last write), and notes each mutation's
// WAL position for the caller's read-your-writes. Registered after useDatabaseShare: its execute
// function wraps the gated one, so the replica's connections pass the same gate. An operation
// whose replica read failed for want of a connection (the replica stopped under it) runs again
// on the primary: it only read, so running it twice changes nothing (docs/scaling.md).
import {
  type DocumentNode,
  type ExecutionResult,
  getOperationAST,
  Kind,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { isConnectionError, type ReplicaRouter } from '../db/replica.js';
import type { Context } from '../shared/context.js';
import { logger } from '../shared/logger.js';
import { tenantPrisma } from '../shared/tenant.js';

/**
 * Root query fields whose reads the replica serves: the analytics (performance, whitespace,
 * forecast, funnel, win/loss, retention). Pages, planning previews (read right after their
 * author's edits) and everything else read the primary.
 */
export const REPLICA_ROOT_FIELDS: ReadonlySet<string> = new Set([
  'performance',
  'performanceTrend',
  'performanceComparison',
  'attainmentDistribution',
  'newHireRamp',
  'whitespace',
  'whitespaceSummary',
  'whitespaceOpportunities',
  'forecast',
  'forecastChanges',
  'forecastAccuracy',
  'funnel',
  'winLoss',
  'retention',
]);

function asksForAnalytics(document: DocumentNode, selections: SelectionSetNode, seen = new Set<string>()): boolean {
  return selections.selections.some((s) => {
    if (s.kind === Kind.FIELD) return REPLICA_ROOT_FIELDS.has(s.name.value);
    if (s.kind === Kind.INLINE_FRAGMENT) return asksForAnalytics(document, s.selectionSet, seen);
    if (seen.has(s.name.value)) return false;
    seen.add(s.name.value);
    const fragment = document.definitions.find(
      (d) => d.kind === Kind.FRAGMENT_DEFINITION && d.name.value === s.name.value,
    );
    return fragment?.kind === Kind.FRAGMENT_DEFINITION && asksForAnalytics(document, fragment.selectionSet, seen);
  });
}

/** Whether `operation` is a query with at least one analytics root field. */
export function readsFromReplica(document: DocumentNode, operation: OperationDefinitionNode): boolean {
  return operation.operation === 'query' && asksForAnalytics(document, operation.selectionSet);
}

function failedForConnection(result: ExecutionResult): unknown {
  return result.errors?.find((e) => isConnectionError(e.originalError ?? e));
}

export function useReadReplica(router: ReplicaRouter | null): Plugin<Context> {
  return {
    onExecute({ args, executeFn, setExecuteFn }) {
      if (!router) return;
      const operation = getOperationAST(args.document, args.operationName);
      if (!operation) return;
      const context = args.contextValue;
      const { principal } = context.viewer;
      if (operation.operation === 'mutation') {
        setExecuteFn(async (executeArgs) => {
          const result = await executeFn(executeArgs);
          // Before the answer leaves: the caller's next read must find the mark.
          await router.noteWrite(principal).catch((error: unknown) => {
            logger.warn({ err: error }, 'could not note the write position; reads stay on the replica');
          });
          return result;
        });
        return;
      }
      if (!readsFromReplica(args.document, operation)) return;
      setExecuteFn(async (executeArgs) => {
        if (router.target(principal) !== 'replica') return executeFn(executeArgs);
        const onPrimary = context.prisma;
        context.prisma = tenantPrisma(
          router.standby.prisma,
          context.viewer.organizationId,
          { visibility: context.visibility, viewer: context.viewer },
          router.standby.read,
        );
        context.readOnly = true;
        let failure: unknown;
        try {
          const result = await executeFn(executeArgs);
          failure = Symbol.asyncIterator in result ? undefined : failedForConnection(result as ExecutionResult);
          if (failure === undefined) return result;
        } catch (error) {
          if (!isConnectionError(error)) throw error;
          failure = error;
        } finally {
          context.prisma = onPrimary;
          context.readOnly = false;
        }
        router.markDown(failure);
        logger.warn({ err: failure }, 'replica read failed for want of a connection; reading the primary');
        return executeFn(executeArgs);
      });
    },
  };
}

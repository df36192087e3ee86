// Spans of SQL statements (shared/observability.ts turns them on): kept apart from the server's
// plugins so that the database layer depends on the OpenTelemetry API alone.
import { type Span, SpanKind, SpanStatusCode, type Tracer } from '@opentelemetry/api';

let statementTracer: Tracer | null = null;

/** The tracer of statement spans; null turns them off. */
export function setStatementTracer(tracer: Tracer | null): void {
  statementTracer = tracer;
}

type Query = (...args: unknown[]) => unknown;

/**
 * Wraps a pg client's `query` so that each statement sent while tracing is on is a span (its SQL
 * text, never its values), child of the operation running it. Without tracing the call passes
 * straight through.
 */
export function traceStatements(client: { query: Query }): void {
  const query = client.query;
  client.query = function traced(this: unknown, ...args: unknown[]) {
    const tracer = statementTracer;
    if (!tracer) return query.apply(this, args);
    const first = args[0] as string | { text?: string } | undefined;
    const text = typeof first === 'string' ? first : first?.text;
    // Submittables (COPY streams, cursors) report their end themselves; only statements are timed.
    if (typeof text !== 'string') return query.apply(this, args);
    const span: Span = tracer.startSpan('db.statement', {
      kind: SpanKind.CLIENT,
      attributes: {
        'db.system': 'postgresql',
        'db.statement': text.length > 2000 ? `${text.slice(0, 2000)}...` : text,
      },
    });
    try {
      const result = query.apply(this, args) as Promise<unknown> | undefined;
      if (result && typeof result.then === 'function') {
        result.then(
          () => span.end(),
          (error: Error) => {
            span.setStatus({ code: SpanStatusCode.ERROR, message: error.message });
            span.end();
          },
        );
      } else {
        span.end();
      }
      return result;
    } catch (error) {
      span.setStatus({ code: SpanStatusCode.ERROR, message: (error as Error).message });
      span.end();
      throw error;
    }
  };
}

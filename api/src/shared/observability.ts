// The server's metrics and tracing as yoga plugins (server.ts):
// - useMetrics: request count and latency by operation name (shared/metrics.ts);
// - tracing: OpenTelemetry spans of each operation, its resolvers (envelop's plugin) and the SQL
//   statements it sends (shared/tracing.ts, hooked on every pooled connection), off unless
//   COXSWAIN_TRACING=on or a test hands the server a tracer provider. Spans go to the OTLP
//   endpoint of the standard OTEL_EXPORTER_OTLP_* variables (docs/development.md).
import { useOpenTelemetry } from '@envelop/opentelemetry';
import { context, type TracerProvider, trace } from '@opentelemetry/api';
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { Resource } from '@opentelemetry/resources';
import { BasicTracerProvider, BatchSpanProcessor } from '@opentelemetry/sdk-trace-base';
import { type ExecutionResult, getOperationAST } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { operationLabel, requestDuration, requestsTotal } from './metrics.js';
import { setStatementTracer } from './tracing.js';

/** Tracing is on when COXSWAIN_TRACING is `on`; any other value than on/off is a settings error. */
export function tracingFromEnv(env: NodeJS.ProcessEnv = process.env): boolean {
  const value = env.COXSWAIN_TRACING ?? 'off';
  if (value !== 'on' && value !== 'off') throw new Error(`COXSWAIN_TRACING must be on or off, got ${value}`);
  return value === 'on';
}

/** Metrics on unless COXSWAIN_METRICS is `off`. */
export function metricsFromEnv(env: NodeJS.ProcessEnv = process.env): boolean {
  const value = env.COXSWAIN_METRICS ?? 'on';
  if (value !== 'on' && value !== 'off') throw new Error(`COXSWAIN_METRICS must be on or off, got ${value}`);
  return value === 'on';
}

interface Timing {
  started: number;
  operation: string | null | undefined;
}

/** Counts and times every GraphQL result (errors included) by the operation's name. */
export function useMetrics(): Plugin {
  const timings = new WeakMap<Request, Timing>();
  return {
    onParams({ request, params }) {
      timings.set(request, { started: performance.now(), operation: params.operationName });
    },
    onValidate({ params, context }) {
      // The name the document gives its operation when the request did not name it (validation
      // errors included: they never reach execution).
      const timing = timings.get((context as { request: Request }).request);
      if (timing && !timing.operation) timing.operation = getOperationAST(params.documentAST)?.name?.value;
    },
    onResultProcess({ request, result }) {
      const timing = timings.get(request);
      if (!timing) return;
      timings.delete(request);
      const operation = operationLabel(timing.operation);
      const single = Array.isArray(result) ? undefined : (result as ExecutionResult);
      requestsTotal.inc({ operation, outcome: single?.errors?.length ? 'error' : 'ok' });
      requestDuration.observe({ operation }, (performance.now() - timing.started) / 1000);
    },
  };
}

/**
 * Turns tracing on for this process: a provider exporting to `exporter`'s destination (OTLP by
 * default), made global with a context manager that follows async calls, so that the statements a
 * resolver sends are children of its operation's span. Returns the provider for useTracing.
 */
export function startTracing(provider?: BasicTracerProvider): TracerProvider {
  const tracing =
    provider ??
    new BasicTracerProvider({
      resource: new Resource({ 'service.name': process.env.OTEL_SERVICE_NAME ?? 'coxswain-api' }),
      spanProcessors: [new BatchSpanProcessor(new OTLPTraceExporter())],
    });
  context.setGlobalContextManager(new AsyncLocalStorageContextManager().enable());
  trace.setGlobalTracerProvider(tracing);
  setStatementTracer(tracing.getTracer('coxswain-sql'));
  return tracing;
}

/** Stops statement spans (tests that turn tracing on and off in one process). */
export function stopTracing(): void {
  setStatementTracer(null);
  trace.disable();
  context.disable();
}

/** Envelop's OpenTelemetry plugin: a span per operation and per resolver (no variables or results: they may hold personal data). */
export function useTracing(provider: TracerProvider): Plugin {
  return useOpenTelemetry(
    { resolvers: true, defaultResolvers: false, variables: false, result: false },
    provider,
  ) as Plugin;
}

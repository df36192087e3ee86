// Structured JSON logs (pino). LOG_LEVEL controls verbosity; tests default to silent.
import { pino } from 'pino';

export const logger = pino({
  level: process.env.LOG_LEVEL ?? (process.env.VITEST ? 'silent' : 'info'),
  base: { service: 'coxswain-api' },
});
export type Logger = typeof logger;

/**
 * Structured JSON logs (pino), tagged by area ("sync", "storage", "http", "lifecycle") so an
 * operator can filter them. Tests run with level "silent". Never log tokens or document content.
 */
import { pino, type Logger } from 'pino';
import type { LogLevel } from './config';

export type { Logger } from 'pino';

/** Creates the root logger. */
export function createLogger(level: LogLevel): Logger {
  return pino({ level, base: null, timestamp: pino.stdTimeFunctions.isoTime });
}

/** A child logger for one area of the server. */
export function areaLogger(root: Logger, area: string): Logger {
  return root.child({ area });
}

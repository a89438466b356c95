import { type DestinationStream, type LoggerOptions, pino } from "pino";
import { loadEnv } from "./env";
import { safeError, safeRequest } from "./log-safe";

/** Options shared by the process logger and loggers built in tests. */
export const logOptions: LoggerOptions = {
  base: { app: "sinergi" },
  redact: ["req.headers.cookie", "password", "*.password", "nik", "*.nik", "noKk", "*.noKk"],
  serializers: { err: safeError, error: safeError, req: safeRequest },
};

/** A logger with Sinergi's serializers, for tests that read what would be logged. */
export function createLogger(level: string, destination?: DestinationStream) {
  return destination ? pino({ ...logOptions, level }, destination) : pino({ ...logOptions, level });
}

/** The process logger: structured JSON lines (pino). */
export const log = createLogger(process.env.VITEST ? "silent" : loadEnv().LOG_LEVEL);

export type Logger = typeof log;

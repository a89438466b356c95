import { pino } from "pino";
import { loadEnv } from "./env";

/** The process logger: structured JSON lines (pino). */
export const log = pino({
  level: process.env.VITEST ? "silent" : loadEnv().LOG_LEVEL,
  base: { app: "sinergi" },
  redact: ["req.headers.cookie", "password", "*.password", "nik", "*.nik"],
});

export type Logger = typeof log;

import { z } from "zod";

/** Process configuration, read once from the environment and validated. */
const EnvSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default("0.0.0.0"),
  DATA_DIR: z.string().default("./data"),
  DATABASE_URL: z.string().url().optional(),
  EMBEDDED_PG_PORT: z.coerce.number().int().min(1024).max(65535).optional(),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  SINERGI_DEMO_PASSWORD: z.string().min(12).default("sinergi-demo-2020"),
  SINERGI_SEED_DEMO: z.enum(["auto", "on", "off"]).default("auto"),
  MARKET_RATE_LIMIT: z.enum(["on", "off"]).default("on"),
  TRUST_PROXY: z.enum(["on", "off"]).default("off"),
  WORKERS: z.enum(["on", "off"]).default("on"),
});

export type Env = z.infer<typeof EnvSchema>;

let cached: Env | undefined;

/** Parses process.env; exits with a readable message when a variable is malformed. */
export function loadEnv(source: NodeJS.ProcessEnv = process.env): Env {
  if (cached && source === process.env) return cached;
  const parsed = EnvSchema.safeParse(source);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Konfigurasi tidak valid / invalid configuration:\n${lines.join("\n")}`);
  }
  if (source === process.env) cached = parsed.data;
  return parsed.data;
}

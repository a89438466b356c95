import type { FastifyInstance, LightMyRequestResponse } from "fastify";
import { afterAll } from "vitest";
import { type AppDeps, createApp } from "../app";
import { seedDemo } from "../demo/seed-demo";
import type { Database } from "../platform/db/pool";
import type { Jobs } from "../platform/jobs/jobs";
import { bootstrapServices } from "../services";
import { createTestDatabase } from "./test-db";

export const DEMO_PASSWORD = "sinergi-demo-2020";

export type TestApp = {
  app: FastifyInstance;
  database: Database;
  jobs: Jobs;
  /** Logs in and returns the session cookie header value. */
  login: (username: string, password?: string) => Promise<string>;
};

/** The real app on a fresh database with the demo users; closed after the file's tests. */
export async function createTestApp(
  opts: {
    seed?: (db: Database) => Promise<void>;
    workers?: boolean;
    /** Passed to createApp: a logger to read, a built SPA, X-Forwarded-* trust. */
    app?: Pick<AppDeps, "logger" | "webDir" | "trustProxy">;
  } = {},
): Promise<TestApp> {
  const database = await createTestDatabase();
  await seedDemo(database, { password: DEMO_PASSWORD, usersOnly: true });
  if (opts.seed) await opts.seed(database);
  const jobs = bootstrapServices(database);
  await jobs.start({ work: opts.workers ?? false });
  const app = await createApp({ database, jobs, ...opts.app });
  await app.ready();
  afterAll(async () => {
    await app.close();
    await jobs.stop();
  });
  const login = async (username: string, password = DEMO_PASSWORD) => {
    const res = await app.inject({ method: "POST", url: "/api/auth/login", payload: { username, password } });
    if (res.statusCode !== 200) throw new Error(`login ${username} failed: ${res.statusCode} ${res.body}`);
    return sessionCookie(res);
  };
  return { app, database, jobs, login };
}

export function sessionCookie(res: LightMyRequestResponse): string {
  const c = res.cookies.find((x) => x.name === "sinergi_session");
  if (!c) throw new Error("no session cookie");
  return `sinergi_session=${c.value}`;
}

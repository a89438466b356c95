// Helpers of the rush benchmark: a fresh PostgreSQL database, the real server as a child process,
// and a keep-alive HTTP client that records each request's latency.
import { type ChildProcess, spawn } from "node:child_process";
import http from "node:http";
import pg from "pg";

export const PG_SERVER = process.env.RUSH_PG ?? "postgres://postgres@127.0.0.1:5432/postgres";

export function dbUrl(name: string): string {
  const url = new URL(PG_SERVER);
  url.pathname = `/${name}`;
  return url.toString();
}

export async function freshDatabase(name: string): Promise<string> {
  const admin = new pg.Client({ connectionString: PG_SERVER });
  await admin.connect();
  await admin.query(`drop database if exists ${name} with (force)`);
  await admin.query(`create database ${name}`);
  await admin.end();
  return dbUrl(name);
}

export async function dropDatabase(name: string): Promise<void> {
  const admin = new pg.Client({ connectionString: PG_SERVER });
  await admin.connect();
  await admin.query(`drop database if exists ${name} with (force)`);
  await admin.end();
}

export type Server = { child: ChildProcess; port: number };

/** `node bin/sinergi.js serve` with rate limits off; resolves when /api/health answers. */
export async function startServer(options: { port: number; databaseUrl: string }): Promise<Server> {
  // RUSH_NODE_ARGS, e.g. "--cpu-prof --cpu-prof-dir=bench/out/prof", profiles the server.
  const nodeArgs = (process.env.RUSH_NODE_ARGS ?? "").split(" ").filter(Boolean);
  const child = spawn(process.execPath, [...nodeArgs, "bin/sinergi.js", "serve"], {
    env: {
      ...process.env,
      PORT: String(options.port),
      HOST: "127.0.0.1",
      DATABASE_URL: options.databaseUrl,
      MARKET_RATE_LIMIT: "off",
      LOG_LEVEL: "warn",
      SINERGI_SEED_DEMO: "off",
      NODE_ENV: "production",
    },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
    try {
      const res = await fetch(`http://127.0.0.1:${options.port}/api/health`);
      if (res.ok) return { child, port: options.port };
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  child.kill("SIGKILL");
  throw new Error("server did not start in 120 s");
}

export async function stopServer(server: Server, signal: NodeJS.Signals = "SIGINT"): Promise<void> {
  if (server.child.exitCode !== null) return;
  const exited = new Promise((r) => server.child.once("exit", r));
  server.child.kill(signal);
  await exited;
}

export type Reply = { status: number; body: string; ms: number };

export function makeClient(port: number, sockets: number) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: sockets, maxFreeSockets: sockets });
  const post = (path: string, payload: unknown): Promise<Reply> =>
    new Promise((resolve) => {
      const body = JSON.stringify(payload);
      const started = process.hrtime.bigint();
      const req = http.request(
        {
          host: "127.0.0.1",
          port,
          path,
          method: "POST",
          agent,
          headers: { "content-type": "application/json", "content-length": Buffer.byteLength(body) },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on("data", (c: Buffer) => chunks.push(c));
          res.on("end", () =>
            resolve({
              status: res.statusCode ?? 0,
              body: Buffer.concat(chunks).toString("utf8"),
              ms: Number(process.hrtime.bigint() - started) / 1e6,
            }),
          );
          res.on("error", () =>
            resolve({ status: 0, body: "", ms: Number(process.hrtime.bigint() - started) / 1e6 }),
          );
        },
      );
      req.on("error", () =>
        resolve({ status: 0, body: "", ms: Number(process.hrtime.bigint() - started) / 1e6 }),
      );
      req.end(body);
    });
  return { post, close: () => agent.destroy() };
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  const i = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, i)] ?? 0;
}

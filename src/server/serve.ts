import type { FastifyInstance } from "fastify";
import { createApp } from "./app";
import { prepareDatabase } from "./bootstrap";
import { demoState } from "./demo/demo-state";
import { advanceHeadFile, auditHeadFile } from "./modules/access";
import { connect } from "./platform/db/connect";
import type { Database } from "./platform/db/pool";
import { type Env, loadEnv } from "./platform/env";
import type { Jobs } from "./platform/jobs/jobs";
import { log } from "./platform/log";
import { bootstrapServices } from "./services";

type Running = { app?: FastifyInstance; jobs?: Jobs; auditHead?: NodeJS.Timeout };

/** `sinergi serve` (what `npm start` runs): database, migrations, demo data, jobs, HTTP. */
export async function serve(): Promise<void> {
  const started = Date.now();
  const env = loadEnv();
  const conn = await connect(env, { role: "server", poolSize: 40 });
  const running: Running = {};
  let stopping = false;
  const shutdown = async (signal: string, code = 0) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, "shutting down");
    clearInterval(running.auditHead);
    await running.app?.close().catch(() => {});
    await running.jobs?.stop().catch(() => {});
    await conn.close().catch(() => {});
    process.exit(code);
  };
  process.once("SIGINT", () => void shutdown("SIGINT"));
  process.once("SIGTERM", () => void shutdown("SIGTERM"));
  try {
    await start(env, conn.database, running);
  } catch (err) {
    log.error({ err }, "start failed");
    process.stderr.write(
      `Sinergi gagal dimulai / failed to start: ${err instanceof Error ? err.message : String(err)}\n`,
    );
    await shutdown("error", 1);
    return;
  }
  printBanner(env, Date.now() - started);
}

async function start(env: Env, database: Database, running: Running): Promise<void> {
  const isEmpty = await isEmptyDatabase(database);
  const seedDemo =
    env.SINERGI_SEED_DEMO === "on" ||
    (env.SINERGI_SEED_DEMO === "auto" && env.NODE_ENV !== "production" && isEmpty);
  await prepareDatabase(database, { seedDemo, demoPassword: env.SINERGI_DEMO_PASSWORD, deferAid: true });
  running.jobs = bootstrapServices(database);
  await running.jobs.start({ work: env.WORKERS === "on" });
  running.auditHead = keepAuditHead(database, auditHeadFile(env.DATA_DIR));
  running.app = await createApp({ database, jobs: running.jobs, trustProxy: env.TRUST_PROXY === "on" });
  await running.app.listen({ port: env.PORT, host: env.HOST });
  if (seedDemo) {
    demoState.value = "seeding";
    void import("./demo/seed-demo")
      .then((m) => m.seedDeferredDemo(database, { password: env.SINERGI_DEMO_PASSWORD }))
      .then(() => {
        demoState.value = "ready";
      })
      .catch((err) => {
        demoState.value = "failed";
        log.error({ err }, "deferred demo seed failed");
      });
  }
}

/** Copies the audit chain head to the data directory every 2 s; complains once if it was cut. */
function keepAuditHead(database: Database, file: string): NodeJS.Timeout {
  let warned = false;
  const tick = () =>
    advanceHeadFile(database, file)
      .then(({ problem }) => {
        if (problem && !warned) log.error({ file }, `${problem}; run: sinergi audit verify`);
        warned = Boolean(problem);
      })
      .catch((err) => log.error({ err }, "audit head"));
  void tick();
  return setInterval(tick, 2000);
}

async function isEmptyDatabase(database: Database): Promise<boolean> {
  const t = await database.pool.query("select to_regclass('access.users') is not null as has");
  if (!t.rows[0]?.has) return true;
  const r = await database.pool.query("select not exists (select 1 from access.users) as empty");
  return Boolean(r.rows[0]?.empty);
}

function printBanner(env: Env, ms: number): void {
  const url = `http://localhost:${env.PORT}`;
  const secs = (ms / 1000).toFixed(1);
  const lines = [
    "",
    `  Sinergi berjalan di ${url}  (siap dalam ${secs} s)`,
    `  Sinergi is running at ${url}  (ready in ${secs} s)`,
  ];
  if (env.NODE_ENV !== "production") {
    lines.push(
      "",
      `  Akun demo / demo accounts (kata sandi / password: ${env.SINERGI_DEMO_PASSWORD}):`,
      "    admin.kalteng            admin_provinsi    62 Kalimantan Tengah",
      "    operator.palangkaraya    operator_kabkota  62.71 Kota Palangka Raya",
      "    operator.kotim           operator_kabkota  62.02 Kab. Kotawaringin Timur",
      "    pendamping.palangkaraya  pendamping        62.71",
      "    konsultan.plut           konsultan_plut    62 (PLUT Kalteng)",
      "    pimpinan.kalteng         pimpinan          62",
      "    penjahit.satu            pelaku_usaha      62.71 (penjahit masker / mask tailor)",
      "    penjahit.dua             pelaku_usaha      62.71 (penjahit masker / mask tailor)",
      `  Toko publik / public store: ${url}/toko`,
    );
  }
  process.stdout.write(`${lines.join("\n")}\n\n`);
}

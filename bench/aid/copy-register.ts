// Fills the aid bench's register by copying another bench database's register (COPY through psql),
// e.g. the 1,000,000 rows of bench/registry, instead of generating them again. Secondary indexes are
// dropped during the copy and rebuilt after.
import { spawn } from "node:child_process";
import type { Database } from "../../src/server/platform/db/pool";

function pipeTable(fromUrl: string, toUrl: string, table: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const out = spawn("psql", [fromUrl, "-Atc", `copy ${table} to stdout`], {
      stdio: ["ignore", "pipe", "inherit"],
    });
    const into = spawn("psql", [toUrl, "-Atc", `copy ${table} from stdin`], {
      stdio: ["pipe", "ignore", "inherit"],
    });
    out.stdout.pipe(into.stdin);
    into.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`copy ${table} failed: ${code}`))));
    out.on("error", reject);
    into.on("error", reject);
  });
}

export async function copyRegister(
  database: Database,
  o: { fromUrl: string; toUrl: string },
): Promise<number> {
  const started = performance.now();
  const defs = await database.pool.query<{ indexname: string; indexdef: string }>(
    "select indexname, indexdef from pg_indexes where schemaname = 'registry' and tablename in ('persons', 'businesses') and indexname not like '%_pkey'",
  );
  await database.pool.query(
    "alter table registry.businesses drop constraint if exists businesses_owner_id_persons_id_fk",
  );
  for (const d of defs.rows) await database.pool.query(`drop index registry.${d.indexname}`);
  await pipeTable(o.fromUrl, o.toUrl, "registry.persons");
  await pipeTable(o.fromUrl, o.toUrl, "registry.businesses");
  const client = await database.pool.connect();
  try {
    await client.query("set maintenance_work_mem = '512MB'");
    for (const d of defs.rows) await client.query(d.indexdef);
    await client.query(
      "alter table registry.businesses add constraint businesses_owner_id_persons_id_fk foreign key (owner_id) references registry.persons(id) on delete restrict",
    );
    await client.query("vacuum analyze registry.persons");
    await client.query("vacuum analyze registry.businesses");
  } finally {
    client.release();
  }
  return performance.now() - started;
}

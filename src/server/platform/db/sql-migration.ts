// `npm run db:sql -- <source.sql> <migration-name>`: makes a new Drizzle migration whose text is the
// given SQL source file (see sql-sources.ts), so the source stays the one place the function is written.
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { functionsDefinedIn } from "./sql-sources";

const [source, name] = process.argv.slice(2);
if (!source || !name || !/^[a-z0-9_]+$/.test(name)) {
  console.error("usage: npm run db:sql -- <src/server/.../sql/file.sql> <migration_name (a-z, 0-9, _)>");
  process.exit(2);
}
const text = readFileSync(source, "utf8");
if (functionsDefinedIn(text).length === 0) {
  console.error(`${source} defines no function (CREATE OR REPLACE FUNCTION …)`);
  process.exit(2);
}
const before = new Set(readdirSync("drizzle"));
const made = spawnSync("npx", ["drizzle-kit", "generate", "--custom", "--name", name], { stdio: "inherit" });
if (made.status !== 0) process.exit(made.status ?? 1);
const created = readdirSync("drizzle").filter((f) => f.endsWith(".sql") && !before.has(f));
if (created.length !== 1) {
  console.error(`expected one new migration, found ${created.length}`);
  process.exit(1);
}
const target = path.join("drizzle", created[0] ?? "");
const body = text.replace(/^(--.*\n)+\n?/, "");
writeFileSync(target, `-- Made from ${source} by npm run db:sql.\n${body}`);
console.log(`wrote ${target}`);

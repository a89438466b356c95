// SQL functions (order placing, audit sealing, scope checks, name search) live in one source file
// each, in an `sql/` folder beside the code that calls them. Migrations are made from those files
// (`npm run db:sql`), and a test checks that the migrated database runs exactly what they say.
import { readdirSync } from "node:fs";
import path from "node:path";

/** Repository-relative paths of every `src/server/**\/sql/*.sql` source file, sorted. */
export function findSqlSources(root: string): string[] {
  const found: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(path.join(root, dir), { withFileTypes: true })) {
      const rel = `${dir}/${entry.name}`;
      if (entry.isDirectory()) walk(rel);
      else if (entry.name.endsWith(".sql") && path.basename(dir) === "sql") found.push(rel);
    }
  };
  walk("src/server");
  return found.sort();
}

/** Schema-qualified names of the functions a SQL text creates or replaces, in order. */
export function functionsDefinedIn(sql: string): string[] {
  const names = [...sql.matchAll(/CREATE\s+OR\s+REPLACE\s+FUNCTION\s+([\w.]+)\s*\(/gi)].map(
    (m) => m[1] ?? "",
  );
  return [...new Set(names)];
}

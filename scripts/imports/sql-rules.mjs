// SQL walls: a module's SQL names only its own schema's tables. The one exception is the read-only
// region reference table regions.regions; platform functions (platform.in_scope(...)) are calls,
// not tables. Test files may inspect any table to verify what a verb did.
import path from "node:path";
import { isTest, read, rel, stripComments, walk } from "./files.mjs";
import { RANK } from "./server-rules.mjs";

const SCHEMAS = ["platform", ...Object.keys(RANK)];
const TABLE = new RegExp(
  `\\b(?:from|join|into|update|table|references|exists)\\s+"?(${SCHEMAS.join("|")})"?\\."?([a-z_][a-z0-9_]*)"?(\\s*\\()?`,
  "gi",
);
const ALLOWED = new Set(["regions.regions"]);

export function sqlRules(root) {
  const modules = path.join(root, "src/server/modules");
  const problems = [];
  for (const file of walk(modules)) {
    if (isTest(file)) continue;
    const own = rel(modules, file).split("/")[0];
    const src = stripComments(read(file));
    for (const m of src.matchAll(TABLE)) {
      const [schema, table, call] = [m[1].toLowerCase(), m[2].toLowerCase(), m[3]];
      if (schema === own || call || ALLOWED.has(`${schema}.${table}`)) continue;
      const line = src.slice(0, m.index).split("\n").length;
      problems.push(`${rel(root, file)}:${line}: SQL names ${schema}.${table} (another module's table)`);
    }
  }
  return problems;
}

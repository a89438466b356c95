#!/usr/bin/env node
// Checks the walls of the code base (usage: node scripts/check-imports.mjs [root], default "."):
// the server module chain and index-only access (imports/server-rules.mjs), SQL naming only the
// module's own tables (imports/sql-rules.mjs) and the web's feature walls (imports/web-rules.mjs),
// less the known breaks listed in imports/baseline.mjs.
import path from "node:path";
import { BASELINE } from "./imports/baseline.mjs";
import { serverRules } from "./imports/server-rules.mjs";
import { sqlRules } from "./imports/sql-rules.mjs";
import { applyBaseline, webRules } from "./imports/web-rules.mjs";

const root = path.resolve(process.argv[2] ?? ".");
// the baseline applies to the code base itself, not to other roots (the checker's own fixtures)
const baseline = root === path.resolve(".") ? BASELINE : [];
const problems = [...serverRules(root), ...sqlRules(root), ...applyBaseline(webRules(root), baseline)];

if (problems.length) {
  console.error(`Module boundaries broken (${problems.length}):\n  ${problems.join("\n  ")}`);
  process.exit(1);
}
console.log("module boundaries ok");

#!/usr/bin/env node
// Checks the module chain of DESIGN.md §6: a module imports only modules to its left, only through
// their index.ts, and platform imports no module. Domain folders import no database, HTTP or node code.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

const RANK = { regions: 1, access: 2, registry: 3, linkage: 4, aid: 5, market: 5, training: 5, reports: 6 };
const ROOT = path.resolve("src/server");
const problems = [];

function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const p = path.join(dir, name);
    return statSync(p).isDirectory() ? walk(p) : /\.tsx?$/.test(name) ? [p] : [];
  });
}

function moduleOf(file) {
  const rel = path.relative(path.join(ROOT, "modules"), file);
  return rel.startsWith("..") ? undefined : rel.split(path.sep)[0];
}

for (const file of walk(ROOT)) {
  const src = readFileSync(file, "utf8");
  const from = moduleOf(file);
  const inPlatform = path.relative(path.join(ROOT, "platform"), file).startsWith("..") === false;
  const inDomain = file.includes(`${path.sep}domain${path.sep}`);
  for (const m of src.matchAll(
    /(?:import|export)[^'"]*?from\s+["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)/g,
  )) {
    const spec = m[1] ?? m[2];
    if (
      inDomain &&
      !file.endsWith(".test.ts") &&
      (/^(drizzle-orm|pg|fastify|node:(fs|net|http|child_process))/.test(spec) ||
        /platform\/(db|http|jobs)/.test(spec))
    ) {
      problems.push(`${path.relative(".", file)}: domain code imports ${spec}`);
    }
    if (!spec.startsWith(".")) continue;
    const target = path.resolve(path.dirname(file), spec);
    const to = moduleOf(target);
    if (inPlatform && to) problems.push(`${path.relative(".", file)}: platform imports module ${to}`);
    if (!from || !to || from === to) continue;
    if ((RANK[to] ?? 99) >= (RANK[from] ?? 0))
      problems.push(`${path.relative(".", file)}: ${from} imports ${to} (not to its left)`);
    const rest = path.relative(path.join(ROOT, "modules", to), target);
    if (rest !== "index" && rest !== "" && !file.endsWith(".test.ts")) {
      problems.push(`${path.relative(".", file)}: imports ${to}/${rest} instead of ${to}/index`);
    }
  }
}

if (problems.length) {
  console.error(`Module boundaries broken (${problems.length}):\n  ${problems.join("\n  ")}`);
  process.exit(1);
}
console.log("module boundaries ok");

// Server walls: the module chain, index-only access between modules (and from the composition
// root), platform knowing no module, production code knowing no testing code, and pure domains.
import path from "node:path";
import { importsOf, isTest, isTestCode, read, rel, walk, within } from "./files.mjs";

export const RANK = {
  regions: 1,
  access: 2,
  registry: 3,
  linkage: 4,
  aid: 5,
  market: 5,
  training: 5,
  reports: 6,
};

/** What a domain file may import besides its own domain folder and src/shared. */
const DOMAIN_PACKAGES = ["zod", "libphonenumber-js", "promptparse", "node:crypto"];
/** Type-only imports a domain file may make (error texts are plain data). */
const DOMAIN_TYPES = ["platform/errors"];

export function serverRules(root) {
  const server = path.join(root, "src/server");
  const modules = path.join(server, "modules");
  const platform = path.join(server, "platform");
  const shared = path.join(root, "src/shared");
  const moduleOf = (file) => (within(modules, file) ? rel(modules, file).split("/")[0] : undefined);
  const problems = [];

  for (const file of walk(server)) {
    const from = moduleOf(file);
    const where = rel(root, file);
    const inDomain = from && file.split(path.sep).includes("domain") && !isTest(file);
    for (const imp of importsOf(read(file))) {
      const say = (msg) => problems.push(`${where}:${imp.line}: ${msg}`);
      if (!imp.spec.startsWith(".")) {
        if (inDomain && !DOMAIN_PACKAGES.some((p) => imp.spec === p || imp.spec.startsWith(`${p}/`)))
          say(`domain code imports ${imp.spec} (not on the domain allow-list)`);
        continue;
      }
      const target = path.resolve(path.dirname(file), imp.spec);
      const to = moduleOf(target);
      if (
        isIndex(file, modules) &&
        imp.kind === "export" &&
        !imp.typeOnly &&
        /^schema(-|$)/.test(path.basename(target))
      )
        say(`index.ts exports tables of ${imp.spec} (other modules read through named functions)`);
      if (inDomain && !domainMayImport(target, imp, { shared, server }))
        say(`domain code imports ${imp.spec}`);
      if (!isTestCode(file) && isTestCode(target) && !ownLazyTesting(file, target, imp, modules))
        say(`production code imports testing code ${imp.spec}`);
      if (within(platform, file) && to) say(`platform imports module ${to}`);
      if (!to || from === to) continue;
      if (from && (RANK[to] ?? 99) >= (RANK[from] ?? 0)) say(`${from} imports ${to} (not to its left)`);
      const rest = rel(path.join(modules, to), target);
      const viaIndex = rest === "index" || rest === "" || rest === "index.ts";
      // test code may reach another module's testing/ kits, never its internals
      const kit = isTestCode(file) && rest.split("/").includes("testing");
      if (!viaIndex && !kit) {
        const who = from ?? `composition root (${rel(server, file)})`;
        say(`${who} imports ${to}/${rest} instead of ${to}/index`);
      }
    }
  }
  return problems;
}

function domainMayImport(target, imp, { shared, server }) {
  if (target.split(path.sep).includes("domain") || within(shared, target)) return true;
  const name = rel(server, target).replace(/\.tsx?$/, "");
  return imp.typeOnly && DOMAIN_TYPES.includes(name);
}

const isIndex = (file, modules) =>
  path.basename(file) === "index.ts" && path.dirname(path.dirname(file)) === modules;

/** A module's index.ts may name its own testing/ folder in a lazy import() (its authz specs). */
function ownLazyTesting(file, target, imp, modules) {
  return imp.dynamic && isIndex(file, modules) && within(path.join(path.dirname(file), "testing"), target);
}

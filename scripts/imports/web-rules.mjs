// Web walls: a feature imports only its own folder, the shared web layers (lib, components, i18n),
// src/shared and, type-only, the server's declared contracts. The shared layers import no feature.
import path from "node:path";
import { importsOf, read, rel, walk, within } from "./files.mjs";

/** A declared server contract: modules/<m>/contract.ts, contract-*.ts or a contract/ folder. */
export function isContract(modules, target) {
  if (!within(modules, target)) return false;
  const parts = rel(modules, target).split("/");
  const name = parts.at(-1).replace(/\.tsx?$/, "");
  return parts.length === 2 ? /^contract(-[a-z0-9-]+)?$/.test(name) : parts[1] === "contract";
}

export function webRules(root) {
  const web = path.join(root, "src/web");
  const features = path.join(web, "features");
  const layers = ["lib", "components", "i18n"].map((d) => path.join(web, d));
  const i18n = path.join(web, "i18n");
  const shared = path.join(root, "src/shared");
  const server = path.join(root, "src/server");
  const modules = path.join(server, "modules");
  const problems = [];

  for (const file of walk(web)) {
    const where = rel(root, file);
    const feature = within(features, file) ? rel(features, file).split("/")[0] : undefined;
    const inLayer = layers.some((l) => within(l, file));
    for (const imp of importsOf(read(file))) {
      if (!imp.spec.startsWith(".")) continue;
      const say = (msg, key) => problems.push({ text: `${where}:${imp.line}: ${msg}`, key });
      const target = path.resolve(path.dirname(file), imp.spec);
      if (within(server, target)) {
        if (!isContract(modules, target))
          say(
            `web imports server code ${rel(root, target)} (only contracts)`,
            `${where} -> ${rel(root, target)}`,
          );
        else if (!imp.typeOnly) say(`web imports ${rel(root, target)} without \`import type\``);
        continue;
      }
      if (within(shared, target) || layers.some((l) => within(l, target))) continue;
      if (feature) {
        if (!within(path.join(features, feature), target))
          say(`feature ${feature} imports ${rel(web, target)} (not its own folder, lib, components or i18n)`);
      } else if (inLayer && (within(features, target) || within(path.join(web, "app"), target))) {
        // i18n assembles the features' own message files, the one feature reference a layer has
        if (within(i18n, file) && /^[^/]+\/i18n\//.test(rel(features, target))) continue;
        say(`shared web layer imports ${rel(web, target)}`);
      }
    }
  }
  return problems;
}

/** Problems left after the baseline, plus a problem for each baseline entry that matched nothing. */
export function applyBaseline(problems, baseline) {
  const used = new Set();
  const left = problems.filter((p) => {
    if (p.key && baseline.includes(p.key)) {
      used.add(p.key);
      return false;
    }
    return true;
  });
  const stale = baseline.filter((b) => !used.has(b));
  return [
    ...left.map((p) => p.text),
    ...stale.map((b) => `${b}: fixed; remove it from scripts/imports/baseline.mjs`),
  ];
}

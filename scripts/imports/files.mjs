// File walking and import extraction shared by the import rules. Regex-based on purpose: the
// checker stays a small dependency-free script, and the code base keeps imports on their own lines.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

/** Every .ts/.tsx file below dir (none when dir is missing). */
export function walk(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) return name === "node_modules" ? [] : walk(p);
    return /\.tsx?$/.test(name) ? [p] : [];
  });
}

export const read = (file) => readFileSync(file, "utf8");

/** Comments blanked out (kept line count), so commented code and prose never count as code. */
export function stripComments(src) {
  return src.replace(/\/\*[\s\S]*?\*\/|(^|[^:"'`\\])\/\/[^\n]*/g, (m, pre = "") =>
    m.startsWith("/*") ? m.replace(/[^\n]/g, " ") : pre,
  );
}

const STATIC = /(?:^|[\n;])\s*(import|export)\s+(type\s+)?([^'";]*?)\s*from\s+["']([^"']+)["']/g;
const BARE = /(?:^|[\n;])\s*import\s+["']([^"']+)["']/g;
const DYNAMIC = /import\(\s*["']([^"']+)["']\s*\)/g;

/** Imports (and re-exports) of a source text: { spec, typeOnly, dynamic, line, kind }. */
export function importsOf(text) {
  const src = stripComments(text);
  const lineAt = (i) => src.slice(0, i).split("\n").length;
  const out = [];
  for (const m of src.matchAll(STATIC)) {
    const names = m[3].trim();
    // `import { type A, type B }` is type-only too; a default or namespace import never is
    const allTyped =
      /^\{[\s\S]*\}$/.test(names) &&
      names
        .slice(1, -1)
        .split(",")
        .map((s) => s.trim())
        .filter(Boolean)
        .every((s) => s.startsWith("type "));
    const at = m.index + m[0].search(/import|export/);
    out.push({
      spec: m[4],
      typeOnly: Boolean(m[2]) || allTyped,
      dynamic: false,
      line: lineAt(at),
      kind: m[1],
    });
  }
  for (const m of src.matchAll(BARE))
    out.push({ spec: m[1], typeOnly: false, dynamic: false, line: lineAt(m.index + m[0].indexOf("import")) });
  for (const m of src.matchAll(DYNAMIC))
    out.push({ spec: m[1], typeOnly: false, dynamic: true, line: lineAt(m.index) });
  return out;
}

/** path.relative with forward slashes, for messages and matching. */
export const rel = (from, to) => path.relative(from, to).split(path.sep).join("/");

/** True when `file` is `dir` or lies below it. */
export const within = (dir, file) => {
  const r = path.relative(dir, file);
  return r === "" || (!r.startsWith("..") && !path.isAbsolute(r));
};

export const isTest = (file) => /\.test\.tsx?$/.test(file);
/** Test code: test files and anything in a testing/ folder. */
export const isTestCode = (file) => isTest(file) || file.split(path.sep).includes("testing");

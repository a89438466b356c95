// Every error code thrown anywhere in src/server is declared with its status and its message in
// both languages, no throw site sets a status itself, and no code is declared twice.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { errorCatalogue } from "./modules";

const ROOT = join(import.meta.dirname);
const WEB = join(ROOT, "..", "web");

function sourceFiles(dir: string): string[] {
  // every .ts/.tsx file under dir, tests excluded
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name) ? [path] : [];
  });
}

/** The argument text of every `new AppError(...)` / `<module>Error(...)` call that names a code. */
function throwSites(): { file: string; code: string; args: string }[] {
  const out: { file: string; code: string; args: string }[] = [];
  for (const file of sourceFiles(ROOT)) {
    const src = readFileSync(file, "utf8");
    for (const m of src.matchAll(/\b(?:new AppError|[a-z]+Error)\(\s*"([A-Z][A-Z0-9_]*)"/g)) {
      let depth = 1;
      let end = (m.index ?? 0) + m[0].length;
      for (; depth > 0 && end < src.length; end++) {
        if (src[end] === "(") depth++;
        else if (src[end] === ")") depth--;
      }
      out.push({ file: file.slice(ROOT.length + 1), code: m[1] ?? "", args: src.slice(m.index, end) });
    }
  }
  return out;
}

describe("error codes", () => {
  const catalogue = errorCatalogue();
  const sites = throwSites();

  it("finds the throw sites it checks", () => {
    expect(sites.length).toBeGreaterThan(100);
    expect(new Set(sites.map((s) => s.code)).size).toBeGreaterThan(50);
  });

  it("declares every thrown code with a status and an Indonesian and English message", () => {
    const undeclared = sites.filter((s) => !catalogue.has(s.code)).map((s) => `${s.file}: ${s.code}`);
    expect(undeclared).toEqual([]);
    for (const [code, spec] of catalogue) {
      expect(spec.status, code).toBeGreaterThanOrEqual(400);
      expect(spec.status, code).toBeLessThan(600);
      expect(spec.id.trim(), code).not.toBe("");
      expect(spec.en.trim(), code).not.toBe("");
      expect(spec.id, code).not.toBe(spec.en);
    }
  });

  it("leaves the status to the table: no throw site passes one", () => {
    const withStatus = sites.filter((s) => /\bstatus:\s*\d/.test(s.args)).map((s) => `${s.file}: ${s.code}`);
    expect(withStatus).toEqual([]);
  });

  it("declares no code that nothing can throw", () => {
    // tables name a code as a key (CODE: {...}); a throw site or a refusal type quotes it
    const sources = sourceFiles(ROOT)
      .map((f) => readFileSync(f, "utf8"))
      .join("\n");
    const unused = [...catalogue.keys()].filter((code) => !sources.includes(`"${code}"`));
    expect(unused).toEqual([]);
  });

  it("knows every code the web reacts to", () => {
    const web = sourceFiles(WEB).map((f) => readFileSync(f, "utf8"));
    const codes = web.flatMap((src) =>
      [...src.matchAll(/\.code [!=]== "([A-Z][A-Z0-9_]*)"/g)].map((m) => m[1]),
    );
    // Codes the web makes itself (a request that never reached the server) are not the server's.
    const own = new Set(
      web.flatMap((src) =>
        [...src.matchAll(/new ApiError\(\{[^}]*code: "([A-Z][A-Z0-9_]*)"/g)].map((m) => m[1]),
      ),
    );
    expect(codes.length).toBeGreaterThan(3);
    expect(codes.filter((code) => !catalogue.has(code ?? "") && !own.has(code))).toEqual([]);
  });
});

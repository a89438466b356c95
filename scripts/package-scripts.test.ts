import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "..");
const scripts: Record<string, string> = JSON.parse(
  readFileSync(path.join(root, "package.json"), "utf8"),
).scripts;

describe("package.json scripts", () => {
  it("point only at files that exist", () => {
    const missing = Object.entries(scripts).flatMap(([name, command]) =>
      [...command.matchAll(/(?:^|\s)((?:bench|scripts|src|bin)\/[\w./-]+\.(?:ts|mjs|js))/g)]
        .map((m) => m[1] ?? "")
        .filter((file) => !existsSync(path.join(root, file)))
        .map((file) => `${name}: ${file}`),
    );
    expect(missing).toEqual([]);
    expect(Object.keys(scripts).filter((s) => s.startsWith("bench:")).length).toBeGreaterThan(4);
  });
});

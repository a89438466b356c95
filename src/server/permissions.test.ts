// Every permission a verb checks is declared once, in its module's table (listed in the manifest),
// and every declared permission is checked somewhere or used by the authorisation specs.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { permissionCatalogue, SERVER_MODULES } from "./modules";
import { ROLES } from "./modules/access";

const ROOT = join(import.meta.dirname);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(e.name) ? [path] : [];
  });
}

describe("permission tables", () => {
  const catalogue = permissionCatalogue();

  it("every module that checks a permission lists its table in its manifest", () => {
    const withTable = SERVER_MODULES.filter((m) => m.permissions).map((m) => m.name);
    expect(withTable).toEqual(["access", "registry", "linkage", "market", "aid", "training", "reports"]);
  });

  it("names belong to the module that declares them (access also holds the owner's shared one)", () => {
    const own: Record<string, RegExp> = {
      access: /^(users|regions|audit|jobs|business)\./,
      registry: /^(registry|constraints)\./,
    };
    for (const [name, { module }] of catalogue) {
      expect(name, `${name} in ${module}`).toMatch(own[module] ?? new RegExp(`^${module}\\.`));
    }
  });

  it("only known roles hold permissions", () => {
    for (const [name, { roles }] of catalogue) {
      for (const role of roles) expect(ROLES, name).toContain(role);
    }
  });

  it("every declared permission is checked by some verb or spec, and every checked one is declared", () => {
    const text = sourceFiles(ROOT)
      .filter((f) => !f.endsWith("permissions.ts"))
      .map((f) => readFileSync(f, "utf8"))
      .join("\n");
    const used = new Set(
      [
        ...text.matchAll(
          /(?:requirePermission\(\w+, |hasPermission\([\w.]+, |rolesOf\()"([a-z_]+\.[a-z_]+)"/g,
        ),
      ].map((m) => m[1]),
    );
    expect([...used].filter((p) => p && !catalogue.has(p))).toEqual([]);
    const unused = [...catalogue.keys()].filter((p) => !used.has(p) && !text.includes(`"${p}"`));
    expect(unused).toEqual([]);
  });

  it("a name declared twice is refused", () => {
    const extra = { name: "extra", permissions: { "market.read": ["pimpinan"] } };
    expect(() => permissionCatalogue([...SERVER_MODULES, extra])).toThrow(
      /market.read of extra is declared twice/,
    );
  });
});

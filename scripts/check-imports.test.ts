// The import checker on small fixture trees: each kind of wall it guards, broken once, must fail
// the run with a message naming the file; the clean tree must pass.
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const SCRIPT = path.resolve("scripts/check-imports.mjs");
const dirs: string[] = [];

/** A clean miniature of the code base: two modules, a composition root, a web feature. */
const CLEAN: Record<string, string> = {
  "src/shared/money.ts": 'export const rupiah = (n: number) => "Rp " + n;\n',
  "src/server/platform/db.ts": "export const db = {};\n",
  "src/server/platform/errors.ts": "export type LocalText = { id: string; en: string };\n",
  "src/server/modules/registry/schema.ts": "export const businesses = {};\n",
  "src/server/modules/registry/contract.ts": "export type Business = { id: string };\n",
  "src/server/modules/registry/read.ts":
    'import { db } from "../../platform/db";\nexport const q = "select b.id from registry.businesses b join regions.regions r on r.code = b.region_code";\nexport const ok = () => db;\n',
  "src/server/modules/registry/index.ts":
    'export { q } from "./read";\nexport type { Business } from "./contract";\nexport const registryModule = { name: "registry", authzSpecs: () => import("./testing/specs") };\n',
  "src/server/modules/registry/testing/specs.ts": "export const specs = [];\n",
  "src/server/modules/registry/domain/size.ts":
    'import { z } from "zod";\nimport { rupiah } from "../../../../shared/money";\nimport type { LocalText } from "../../../platform/errors";\nimport { other } from "./other";\nexport const size = z.number();\nexport type T = LocalText;\nexport { other, rupiah };\n',
  "src/server/modules/registry/domain/other.ts": "export const other = 1;\n",
  "src/server/modules/aid/report.ts":
    'import { q } from "../registry";\nexport const sql = "select count(*) from aid.items i where platform.in_scope(i.region) and i.note = " + q;\n',
  "src/server/modules/aid/report.test.ts":
    'import { specs } from "../registry/testing/specs";\nexport const check = "select 1 from registry.businesses";\nexport { specs };\n',
  "src/server/routes.ts":
    'import { registryModule } from "./modules/registry";\nexport const all = [registryModule];\n',
  "src/web/lib/api.ts": "export const api = 1;\n",
  "src/web/components/page.tsx": 'import { api } from "../lib/api";\nexport const Page = api;\n',
  "src/web/i18n/id.ts": 'import { store } from "../features/store/i18n/id";\nexport const id = { store };\n',
  "src/web/features/store/i18n/id.ts": "export const store = {};\n",
  "src/web/features/store/page.tsx":
    'import type { Business } from "../../../server/modules/registry/contract";\nimport { Page } from "../../components/page";\nimport { rupiah } from "../../../shared/money";\nimport { store } from "./i18n/id";\nexport type B = Business;\nexport { Page, rupiah, store };\n',
  "src/web/features/aid/page.tsx": 'import { api } from "../../lib/api";\nexport const x = api;\n',
};

function run(extra: Record<string, string>): { code: number; output: string } {
  const root = mkdtempSync(path.join(tmpdir(), "check-imports-"));
  dirs.push(root);
  for (const [file, text] of Object.entries({ ...CLEAN, ...extra })) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), text);
  }
  try {
    return { code: 0, output: execFileSync("node", [SCRIPT, root], { encoding: "utf8", stdio: "pipe" }) };
  } catch (err) {
    const e = err as { status: number; stderr: string };
    return { code: e.status, output: e.stderr };
  }
}

afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

describe("check-imports", () => {
  it("passes on a clean tree", () => {
    expect(run({})).toEqual({ code: 0, output: "module boundaries ok\n" });
  });

  const violations: Array<[string, Record<string, string>, RegExp]> = [
    [
      "a module importing a module to its right",
      { "src/server/modules/registry/uses-aid.ts": 'import { sql } from "../aid";\nexport { sql };\n' },
      /registry\/uses-aid\.ts:1: registry imports aid \(not to its left\)/,
    ],
    [
      "a module importing another module's internals",
      { "src/server/modules/aid/deep.ts": 'import { q } from "../registry/read";\nexport { q };\n' },
      /aid\/deep\.ts:1: aid imports registry\/read instead of registry\/index/,
    ],
    [
      "platform importing a module",
      { "src/server/platform/bad.ts": 'import { q } from "../modules/registry";\nexport { q };\n' },
      /platform\/bad\.ts:1: platform imports module registry/,
    ],
    [
      "the composition root importing a module file other than index.ts",
      { "src/server/routes.ts": 'import { q } from "./modules/registry/read";\nexport { q };\n' },
      /routes\.ts:1: composition root \(routes\.ts\) imports registry\/read instead of registry\/index/,
    ],
    [
      "the demo importing a module's internals",
      {
        "src/server/demo/seed.ts":
          'import { businesses } from "../modules/registry/schema";\nexport { businesses };\n',
      },
      /demo\/seed\.ts:1: composition root \(demo\/seed\.ts\) imports registry\/schema/,
    ],
    [
      "an index.ts exporting tables",
      { "src/server/modules/registry/index.ts": 'export { businesses } from "./schema";\n' },
      /registry\/index\.ts:1: index\.ts exports tables of \.\/schema/,
    ],
    [
      "production code importing testing code",
      {
        "src/server/modules/aid/kit.ts":
          'import { specs } from "../registry/testing/specs";\nexport { specs };\n',
      },
      /aid\/kit\.ts:1: production code imports testing code/,
    ],
    [
      "SQL naming another module's table",
      { "src/server/modules/aid/leak.ts": "export const q = `select 1 from registry.businesses b`;\n" },
      /aid\/leak\.ts:1: SQL names registry\.businesses/,
    ],
    [
      "SQL joining another module's table in a drizzle sql template",
      {
        "src/server/modules/registry/trail.ts":
          "export const q = sql`select * from x join access.audit_events e on true`;\n",
      },
      /registry\/trail\.ts:1: SQL names access\.audit_events/,
    ],
    [
      "domain code importing a package off the allow-list",
      { "src/server/modules/registry/domain/db.ts": 'import { sql } from "drizzle-orm";\nexport { sql };\n' },
      /domain\/db\.ts:1: domain code imports drizzle-orm/,
    ],
    [
      "domain code importing non-domain module code",
      { "src/server/modules/registry/domain/read.ts": 'import { q } from "../read";\nexport { q };\n' },
      /domain\/read\.ts:1: domain code imports \.\.\/read/,
    ],
    [
      "domain code importing a value from platform",
      {
        "src/server/modules/registry/domain/pdb.ts":
          'import { db } from "../../../platform/db";\nexport { db };\n',
      },
      /domain\/pdb\.ts:1: domain code imports/,
    ],
    [
      "a web feature importing another feature",
      { "src/web/features/aid/page.tsx": 'import { store } from "../store/i18n/id";\nexport { store };\n' },
      /features\/aid\/page\.tsx:1: feature aid imports features\/store\/i18n\/id/,
    ],
    [
      "a web feature importing the app shell",
      {
        "src/web/app/frame.tsx": "export const Frame = 1;\n",
        "src/web/features/aid/page.tsx": 'import { Frame } from "../../app/frame";\nexport { Frame };\n',
      },
      /feature aid imports app\/frame/,
    ],
    [
      "the web importing server code that is not a contract",
      {
        "src/web/features/aid/page.tsx":
          'import { q } from "../../../server/modules/registry/read";\nexport { q };\n',
      },
      /web imports server code src\/server\/modules\/registry\/read \(only contracts\)/,
    ],
    [
      "the web importing a server contract as a value",
      {
        "src/web/features/aid/page.tsx":
          'import { Business } from "../../../server/modules/registry/contract";\nexport { Business };\n',
      },
      /without `import type`/,
    ],
    [
      "a shared web layer importing a feature",
      { "src/web/lib/bad.ts": 'import { x } from "../features/aid/page";\nexport { x };\n' },
      /lib\/bad\.ts:1: shared web layer imports features\/aid\/page/,
    ],
  ];

  for (const [name, files, message] of violations) {
    it(`fails on ${name}`, () => {
      const { code, output } = run(files);
      expect(code).toBe(1);
      expect(output).toMatch(message);
    });
  }
});

describe("the baseline of known breaks", () => {
  it("hides a listed break and fails on an entry that matches nothing any more", async () => {
    const { applyBaseline } = await import("./imports/web-rules.mjs");
    const problems = [
      { text: "a.ts:1: web imports server code x", key: "a.ts -> x" },
      { text: "b.ts:2: feature b imports c" },
    ];
    expect(applyBaseline(problems, ["a.ts -> x", "gone.ts -> y"])).toEqual([
      "b.ts:2: feature b imports c",
      "gone.ts -> y: fixed; remove it from scripts/imports/baseline.mjs",
    ]);
  });
});

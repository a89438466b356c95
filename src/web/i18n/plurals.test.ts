// A message that counts ({{count}}) has the plural forms i18next picks by the count, in both
// languages, so no screen says "1 rows".
import { createInstance } from "i18next";
import { describe, expect, it } from "vitest";
import { en } from "./en";
import { id } from "./id";

type Tree = { [key: string]: string | Tree };
const LANGS = { id, en } as unknown as Record<"id" | "en", Tree>;

/** Every message as [dotted key, text]. */
function leaves(tree: Tree, prefix = ""): [string, string][] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === "string"
      ? [[prefix + key, value] as [string, string]]
      : leaves(value, `${prefix}${key}.`),
  );
}

/** What is wrong with the counting messages of one language (empty when all is well). */
function pluralProblems(tree: Tree, lang: string): string[] {
  const all = new Map(leaves(tree));
  const needed = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
  const problems: string[] = [];
  for (const [key, text] of all) {
    if (!/\{\{count(, number)?\}\}/.test(text)) continue;
    const base = key.replace(/_(zero|one|two|few|many|other)$/, "");
    if (base === key) problems.push(`${lang} ${key}: {{count}} without plural forms`);
    for (const form of new Set(["one", "other", ...needed])) {
      if (!all.has(`${base}_${form}`)) problems.push(`${lang} ${base}: no _${form} form`);
    }
    if (base !== key && all.has(base)) problems.push(`${lang} ${base}: a bare key beside its plural forms`);
  }
  return [...new Set(problems)];
}

describe("plural messages", () => {
  it("gives every {{count}} message _one and _other forms in Indonesian and English", () => {
    expect(pluralProblems(LANGS.id, "id")).toEqual([]);
    expect(pluralProblems(LANGS.en, "en")).toEqual([]);
    expect(leaves(LANGS.en).filter(([, text]) => text.includes("{{count}}")).length).toBeGreaterThan(25);
  });

  it("catches a counting message that has only one form", () => {
    expect(pluralProblems({ list: { rows: "{{count}} rows" } }, "en")).toEqual([
      "en list.rows: {{count}} without plural forms",
      "en list.rows: no _one form",
      "en list.rows: no _other form",
    ]);
    expect(pluralProblems({ rows_one: "1 row" }, "en")).toEqual([]);
    expect(pluralProblems({ rows_other: "{{count}} rows", rows: "{{count}} rows" }, "en")).toContain(
      "en rows: no _one form",
    );
  });

  it("says 1 row and 2 rows in English, and the same words for any count in Indonesian", () => {
    const i18n = createInstance();
    void i18n.init({
      resources: { id: { translation: id }, en: { translation: en } },
      lng: "en",
      initAsync: false,
    });
    expect(i18n.t("linkage.lists.rows", { count: 1 })).toBe("1 row");
    expect(i18n.t("linkage.lists.rows", { count: 2 })).toBe("2 rows");
    expect(i18n.t("training.issued", { count: 1 })).toBe("1 certificate issued");
    expect(i18n.t("market.producers.confirmRegister", { count: 1 })).toBe("Register 1 producer");
    expect(i18n.t("linkage.lists.rows", { count: 1, lng: "id" })).toBe("1 baris");
    expect(i18n.t("linkage.lists.rows", { count: 7, lng: "id" })).toBe("7 baris");
  });
});

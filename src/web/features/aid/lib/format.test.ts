// The proposal history names every step in both languages: a step is never shown as its raw action
// code, also when it moved the proposal to no status, or when its action is newer than this web.
import { createInstance, type TFunction } from "i18next";
import { describe, expect, it } from "vitest";
import { en } from "../../../i18n/en";
import { id } from "../../../i18n/id";
import { eventActions, eventTitle, sectorName, sizeName } from "./format";

async function instance(lng: "id" | "en") {
  const i18n = createInstance();
  await i18n.init({ lng, resources: { [lng]: { translation: lng === "id" ? id : en } } });
  return i18n;
}
const translator = async (lng: "id" | "en"): Promise<TFunction> => (await instance(lng)).t;

describe("eventTitle", () => {
  it.each(["id", "en"] as const)("gives every action its own label (%s)", async (lng) => {
    const t = await translator(lng);
    const titles = eventActions.map((a) => eventTitle(t, a));
    for (const [i, title] of titles.entries()) {
      expect(title).not.toBe(eventActions[i]);
      expect(title).not.toMatch(/^aid\./);
    }
    expect(new Set(titles).size).toBe(eventActions.length);
  });

  it("names the proposal's creation, which has no move of the flow", async () => {
    expect(eventTitle(await translator("id"), "create")).toBe("Usulan dibuat");
    expect(eventTitle(await translator("en"), "create")).toBe("Proposal created");
  });

  it("reads an unknown action as another step, never its code", async () => {
    expect(eventTitle(await translator("id"), "aid.revise")).toBe("Langkah lain");
    expect(eventTitle(await translator("en"), "aid.revise")).toBe("Another step");
  });
});

describe("sector and size names of the candidate table", () => {
  it("uses the register's words in both languages", async () => {
    const [inId, inEn] = [await instance("id"), await instance("en")];
    expect([sectorName(inId, "industri"), sizeName(inId, "mikro")]).toEqual(["Industri pengolahan", "Mikro"]);
    expect([sectorName(inEn, "kuliner"), sizeName(inEn, "menengah")]).toEqual(["Food & catering", "Medium"]);
    expect(sizeName(inEn, null)).toBe("-");
  });
});

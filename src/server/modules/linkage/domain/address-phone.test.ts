import { describe, expect, it } from "vitest";
import { normaliseAddress } from "./address";

describe("normaliseAddress", () => {
  it.each([
    ["Jln. Merdeka No.5", "JL MERDEKA NO 5", "", ""],
    ["Jalan Merdeka Nomor 5", "JL MERDEKA NO 5", "", ""],
    ["JL. MERDEKA NO. 005", "JL MERDEKA NO 5", "", ""],
    ["Gang Mawar No. 3 RT 02/RW 003", "GG MAWAR NO 3", "2", "3"],
    ["Gg. Mawar 3, RT.002 RW.003", "GG MAWAR 3", "2", "3"],
    ["Dusun II RT 5", "DSN II", "5", ""],
    ["Komplek Perumahan Indah Blok C", "KOMP PERUM INDAH BLOK C", "", ""],
  ])("%s", (raw, tokens, rt, rw) => {
    const a = normaliseAddress(raw);
    expect(a.tokens.join(" ")).toBe(tokens);
    expect(a.rt).toBe(rt);
    expect(a.rw).toBe(rw);
  });
});

import { describe, expect, it } from "vitest";
import { normaliseAddress } from "./address";
import { normalisePhone } from "./phone";

describe("normalisePhone (E.164)", () => {
  it.each([
    ["0812-3456-7890", "+6281234567890"],
    ["081234567890", "+6281234567890"],
    ["6281234567890", "+6281234567890"],
    ["+62 812 3456 7890", "+6281234567890"],
    ["81234567890", "+6281234567890"],
    ["(0536) 322 1234", "+625363221234"],
    ["12", ""],
    ["", ""],
  ])("%s → %s", (raw, expected) => {
    expect(normalisePhone(raw)).toBe(expected);
  });
});

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

import { describe, expect, it } from "vitest";
import { REVEAL_REASON_MAX, revealReason } from "./reveal-reason";

describe("revealReason", () => {
  it.each([
    [undefined, null],
    [null, null],
    ["", null],
    ["          ", null],
    ["cek  KTP", null],
    ["Verifikasi usulan BPUM", "Verifikasi usulan BPUM"],
    ["  Permintaan\n pemilik   (UU PDP) ", "Permintaan pemilik (UU PDP)"],
    ["x".repeat(REVEAL_REASON_MAX), "x".repeat(REVEAL_REASON_MAX)],
    ["x".repeat(REVEAL_REASON_MAX + 1), null],
  ])("%j → %j", (raw, expected) => {
    expect(revealReason(raw)).toBe(expected);
  });
});

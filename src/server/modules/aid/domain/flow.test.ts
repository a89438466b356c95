import { describe, expect, it } from "vitest";
import { exclusiveWith, inPeriod } from "./exclusivity";
import { type FlowAction, isEditable, isFrozen, transition } from "./flow";
import type { ProposalStatus } from "./vocab";

describe("transition", () => {
  const table: Array<[ProposalStatus, FlowAction, { reason?: string; decreeNumber?: string }, string]> = [
    ["draft", "submit", {}, "ok:submitted"],
    ["returned", "submit", {}, "ok:submitted"],
    ["submitted", "submit", {}, "not_allowed"],
    ["submitted", "verify", {}, "ok:verified"],
    ["draft", "verify", {}, "not_allowed"],
    ["submitted", "return", {}, "reason_required"],
    ["submitted", "return", { reason: "  " }, "reason_required"],
    ["submitted", "return", { reason: "NIK ganda" }, "ok:returned"],
    ["verified", "return", { reason: "data KK kurang" }, "ok:returned"],
    ["verified", "approve", {}, "decree_required"],
    ["verified", "approve", { decreeNumber: "SK 123/2020" }, "ok:approved"],
    ["submitted", "approve", { decreeNumber: "SK 123/2020" }, "not_allowed"],
    ["verified", "reject", { decreeNumber: "SK 9" }, "reason_required"],
    ["verified", "reject", { decreeNumber: "SK 9", reason: "kuota habis" }, "ok:rejected"],
    ["approved", "disburse", {}, "ok:disbursed"],
    ["approved", "fail", { reason: "rekening tidak aktif" }, "ok:failed"],
    ["disbursed", "fail", { reason: "x" }, "not_allowed"],
    ["rejected", "submit", {}, "not_allowed"],
  ];
  for (const [from, action, extra, expected] of table) {
    it(`${from} --${action}--> ${expected}`, () => {
      const t = transition({ from, action, ...extra });
      expect(t.kind === "ok" ? `ok:${t.to}` : t.kind).toBe(expected);
    });
  }
  it("editable and frozen statuses do not overlap", () => {
    const all: ProposalStatus[] = [
      "draft",
      "submitted",
      "returned",
      "verified",
      "approved",
      "rejected",
      "disbursed",
      "failed",
    ];
    expect(all.filter(isEditable)).toEqual(["draft", "returned"]);
    expect(all.filter(isFrozen)).toEqual(["approved", "disbursed", "failed"]);
  });
});

describe("exclusivity", () => {
  const ex = [{ programmeId: "kalteng", excludesProgrammeId: "bpum", from: "2020-01-01", to: "2020-12-31" }];
  it("works from either side", () => {
    expect(exclusiveWith("kalteng", ex)).toEqual([
      { programmeId: "bpum", from: "2020-01-01", to: "2020-12-31" },
    ]);
    expect(exclusiveWith("bpum", ex)).toEqual([
      { programmeId: "kalteng", from: "2020-01-01", to: "2020-12-31" },
    ]);
    expect(exclusiveWith("other", ex)).toEqual([]);
  });
  const periods: Array<[string | null, boolean]> = [
    ["2020-08-20", true],
    ["2019-12-31", false],
    ["2021-01-01", false],
    [null, true],
  ];
  for (const [date, ok] of periods)
    it(`approval on ${date} counts: ${ok}`, () =>
      expect(inPeriod(date, { from: "2020-01-01", to: "2020-12-31" })).toBe(ok));
});

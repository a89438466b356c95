import { describe, expect, it } from "vitest";
import {
  canAddParticipants,
  canIssueCertificates,
  canRecordAttendance,
  HELD_STATUSES,
  moveStatus,
  POSTPONED_STATUSES,
} from "./flow";
import { EVENT_STATUSES, type EventStatus } from "./vocab";

describe("moveStatus", () => {
  const table: Array<[EventStatus, EventStatus, string | undefined, string]> = [
    ["planned", "postponed", "menunggu petunjuk teknis kementerian", "ok:postponed"],
    ["planned", "postponed", undefined, "reason_required"],
    ["planned", "postponed", "   ", "reason_required"],
    ["postponed", "moved_online", undefined, "ok:moved_online"],
    ["postponed", "rescheduled", undefined, "ok:rescheduled"],
    ["postponed", "held", undefined, "not_allowed"],
    ["moved_online", "held", undefined, "ok:held"],
    ["rescheduled", "held", undefined, "ok:held"],
    ["held", "reported", undefined, "ok:reported"],
    ["held", "postponed", "x", "not_allowed"],
    ["planned", "cancelled", undefined, "reason_required"],
    ["postponed", "cancelled", "anggaran dialihkan", "ok:cancelled"],
    ["cancelled", "planned", undefined, "not_allowed"],
    ["reported", "held", undefined, "not_allowed"],
    ["planned", "planned", undefined, "not_allowed"],
  ];
  for (const [from, to, reason, expected] of table) {
    it(`${from} → ${to}${reason ? ` (${reason})` : ""}: ${expected}`, () => {
      const m = moveStatus({ from, to, reason });
      expect(m.kind === "ok" ? `ok:${m.to}` : m.kind).toBe(expected);
    });
  }
  it("no move leaves a finished event", () => {
    for (const to of EVENT_STATUSES) {
      expect(moveStatus({ from: "reported", to, reason: "x" }).kind).toBe("not_allowed");
      expect(moveStatus({ from: "cancelled", to, reason: "x" }).kind).toBe("not_allowed");
    }
  });
});

describe("what each status allows", () => {
  it("participants only before the event", () =>
    expect(EVENT_STATUSES.filter(canAddParticipants)).toEqual([
      "planned",
      "postponed",
      "rescheduled",
      "moved_online",
    ]));
  it("attendance on the day or after it was held", () =>
    expect(EVENT_STATUSES.filter(canRecordAttendance)).toEqual([
      "planned",
      "rescheduled",
      "moved_online",
      "held",
    ]));
  it("certificates after the event", () =>
    expect(EVENT_STATUSES.filter(canIssueCertificates)).toEqual(["held", "reported"]));
  it("report figures", () => {
    expect(HELD_STATUSES).toEqual(["held", "reported"]);
    expect(POSTPONED_STATUSES).toEqual(["postponed"]);
  });
});

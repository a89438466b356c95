import { describe, expect, it } from "vitest";
import { failureOutcome } from "./http-reply";

const envelope = (code: string, extra: Record<string, unknown> = {}) => ({
  error: { code, message: `pesan ${code}`, requestId: "r1", ...extra },
});

describe("failureOutcome", () => {
  it.each([
    ["a success", { status: 201, body: {} }, null],
    ["no connection", { status: 0, body: undefined }, "retry"],
    ["an ended session", { status: 401, body: envelope("UNAUTHENTICATED") }, "unauthenticated"],
    [
      "a conflict",
      { status: 409, body: envelope("SYNC_CONFLICT", { details: { existing: { business: {} } } }) },
      "conflict",
    ],
    ["another 409", { status: 409, body: envelope("CONFLICT") }, "rejected"],
    ["a validation error", { status: 400, body: envelope("VALIDATION") }, "rejected"],
    ["out of scope", { status: 403, body: envelope("OUT_OF_SCOPE") }, "rejected"],
    ["rate limiting", { status: 429, body: envelope("RATE_LIMITED") }, "retry"],
    ["a server error", { status: 500, body: envelope("INTERNAL") }, "retry"],
    ["a proxy page", { status: 502, body: "<html>Bad gateway</html>" }, "retry"],
  ] as const)("%s → %s", (_name, reply, kind) => {
    expect(failureOutcome(reply)?.kind ?? null).toBe(kind);
  });

  it("keeps the server's field messages of a refusal and the stored version of a conflict", () => {
    const refused = failureOutcome({
      status: 400,
      body: envelope("VALIDATION", {
        issues: [
          { path: "owner.nik", message: "NIK salah" },
          { path: "owner.nik", message: "kedua" },
          { path: ["business", "regionCode"], message: "wilayah" },
        ],
      }),
    });
    expect(refused).toEqual({
      kind: "rejected",
      message: "pesan VALIDATION",
      issues: { "owner.nik": "NIK salah", "business.regionCode": "wilayah" },
    });
    const conflict = failureOutcome({
      status: 409,
      body: envelope("SYNC_CONFLICT", { details: { existing: { business: { id: "b1" } } } }),
    });
    expect(conflict).toMatchObject({ kind: "conflict", serverVersion: { business: { id: "b1" } } });
  });
});

// The duplicate hint with the shared strict date: 31 February used to reach the matching engine.
import { describe, expect, it } from "vitest";
import { createTestApp } from "../../../testing/test-app";

const t = await createTestApp();
const pendamping = await t.login("pendamping.palangkaraya");

const hint = (payload: object) =>
  t.app.inject({ method: "POST", url: "/api/linkage/hints", payload, headers: { cookie: pendamping } });

describe("POST /api/linkage/hints with the shared IsoDate", () => {
  it("refuses a birth date that is not a calendar day with 400", async () => {
    const res = await hint({ name: "Siti Aminah", birthDate: "2020-02-31" });
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json().error.code).toBe("VALIDATION");
  });

  it("accepts a real day", async () => {
    const res = await hint({ name: "Siti Aminah", birthDate: "1980-02-29" });
    expect(res.statusCode, res.body).toBe(200);
  });
});

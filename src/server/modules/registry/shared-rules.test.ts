// What staff typed on the register's form, and what the shared rules now say about it (each case
// was accepted before the rules were unified).
import { describe, expect, it } from "vitest";
import { createTestApp } from "../../testing/test-app";
import { businessBody, seedRegistryFixture } from "./testing/fixtures";

const t = await createTestApp();
await seedRegistryFixture(t.database);
const operator = await t.login("operator.palangkaraya");

const create = (payload: object) =>
  t.app.inject({ method: "POST", url: "/api/registry/businesses", payload, headers: { cookie: operator } });
const paths = (body: { error: { issues?: Array<{ path: string }> } }) =>
  (body.error.issues ?? []).map((i) => i.path);

describe("POST /api/registry/businesses with the shared rules", () => {
  it("refuses a phone with a letter in it instead of dropping the letter (was +628234567890)", async () => {
    const body = businessBody();
    const res = await create({ ...body, owner: { ...body.owner, phone: "08l2 3456 7890" } });
    expect(res.statusCode, res.body).toBe(400);
    expect(paths(res.json())).toEqual(["owner.phone"]);
  });

  it("refuses a No. KK or NIB without digits instead of storing nothing", async () => {
    const body = businessBody();
    const res = await create({
      ...body,
      owner: { ...body.owner, noKk: "BELUM ADA" },
      business: { ...body.business, nib: "-" },
    });
    expect(res.statusCode, res.body).toBe(400);
    expect(paths(res.json())).toEqual(["owner.noKk", "business.nib"]);
  });

  it("refuses a NUL character in a name with 400 (PostgreSQL cannot store it)", async () => {
    const body = businessBody();
    const res = await create({ ...body, business: { ...body.business, name: "Penjahit\u0000 Bu Siti" } });
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json().error.code).toBe("VALIDATION");
  });

  it("still accepts the spellings clerks use: labels around the phone, spaced KK and NIB", async () => {
    const body = businessBody({ name: "Warung Bu Ani" });
    const res = await create({
      ...body,
      owner: { ...body.owner, phone: "WA: 0812 3456 7890", noKk: "6271 0301 0110 0001" },
      business: { ...body.business, nib: "NIB 9120 0012 34567" },
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().owner.phone).toBe("+6281234567890");
    expect(res.json().business.nib).toBe("9120001234567");
  });
});

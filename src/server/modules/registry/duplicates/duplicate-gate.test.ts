// The API's duplicate gate: a second registration of a registered owner is answered 409
// LIKELY_DUPLICATE with the candidates, and saved only with the caller's decision.
import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { createTestApp } from "../../../testing/test-app";
import { businessBody, testNik } from "../testing/fixtures";

const t = await createTestApp();
const operator = await t.login("operator.palangkaraya");
const post = (payload: unknown) =>
  t.app.inject({
    method: "POST",
    url: "/api/registry/businesses",
    payload,
    headers: { cookie: operator },
  } as never);
const scalar = async (q: ReturnType<typeof sql>) =>
  Number((await t.database.db.execute<{ n: number }>(q)).rows[0]?.n ?? -1);
const persons = sql`select count(*)::int n from registry.persons`;
const businesses = sql`select count(*)::int n from registry.businesses`;

const first = businessBody({ name: "Siti Rahmawati" });
const created = await post(first);
const firstId = created.json().business.id as string;
const personId = created.json().owner.id as string;

describe("POST /api/registry/businesses duplicate gate", () => {
  it("answers 409 LIKELY_DUPLICATE for a registered NIK and changes nothing", async () => {
    expect(created.statusCode, created.body).toBe(201);
    const [p, b] = [await scalar(persons), await scalar(businesses)];
    const again = await post({ ...first, business: { ...first.business, name: "Penjahit Siti 2" } });
    expect(again.statusCode, again.body).toBe(409);
    expect(again.json().error.code).toBe("LIKELY_DUPLICATE");
    expect(again.json().error.details.candidates[0]).toMatchObject({
      personId,
      businessId: firstId,
      score: 1,
    });
    expect(again.json().error.details.candidates[0].reasons).toContain("nik");
    expect([await scalar(persons), await scalar(businesses)]).toEqual([p, b]);
  });

  it("stops a probable match under another NIK (same name, birth date, phone, village)", async () => {
    const other = businessBody({ name: "Siti Rahmawati", nik: testNik() });
    const res = await post(other);
    expect(res.statusCode, res.body).toBe(409);
    expect(res.json().error.details.candidates.map((c: { personId: string }) => c.personId)).toContain(
      personId,
    );
  });

  it("adds the business to the registered owner when told it is the same person", async () => {
    const [p, b] = [await scalar(persons), await scalar(businesses)];
    const res = await post({
      ...first,
      business: { ...first.business, name: "Masker Bu Siti" },
      duplicateDecision: { kind: "same_person", personId },
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().owner.id).toBe(personId);
    expect([await scalar(persons), await scalar(businesses)]).toEqual([p, b + 1]);
  });

  it("refuses a second person under a registered NIK: 'not the same' and 'not sure', online or synced", async () => {
    const [p, b] = [await scalar(persons), await scalar(businesses)];
    const again = { ...first, business: { ...first.business, name: "Jahit Kebaya Siti" } };
    const synced = { ...again, clientId: "0b6f3c1e-8a2d-4f5e-9c7b-2d1e0f3a4b01" };
    for (const duplicateDecision of [
      { kind: "new_person", reason: "Beda orang, kebetulan sama" },
      { kind: "not_sure", personId },
    ])
      for (const body of [again, synced]) {
        const res = await post({ ...body, duplicateDecision });
        expect(res.statusCode, res.body).toBe(409);
        expect(res.json().error.code).toBe("NIK_ALREADY_REGISTERED");
        expect(res.json().error.message).toContain("NIK ini sudah terdaftar");
        expect(res.json().error.details.candidates).toEqual([
          expect.objectContaining({ personId, businessId: firstId, reasons: ["nik"] }),
        ]);
      }
    expect([await scalar(persons), await scalar(businesses)]).toEqual([p, b]);
    const nik = first.owner?.nik ?? "";
    expect(await scalar(sql`select count(*)::int n from registry.persons where nik = ${nik}`)).toBe(1);
  });

  it("saves a new person only with a reason, kept with the record and audited", async () => {
    const other = businessBody({ name: "Siti Rahmawati", nik: testNik() });
    const noReason = await post({ ...other, duplicateDecision: { kind: "new_person" } });
    expect(noReason.statusCode).toBe(400);
    const res = await post({
      ...other,
      duplicateDecision: { kind: "new_person", reason: "Beda orang, ibu mertua" },
    });
    expect(res.statusCode, res.body).toBe(201);
    const id = res.json().owner.id as string;
    expect(id).not.toBe(personId);
    expect(
      await scalar(
        sql`select count(*)::int n from registry.record_sources where entity_id = ${id} and note like '%ibu mertua%'`,
      ),
    ).toBe(1);
    expect(
      await scalar(
        sql`select count(*)::int n from access.audit_events where action = 'registry.duplicate-decision' and entity_id = ${id}`,
      ),
    ).toBe(1);
  });
});

describe("two people saving the same new owner at once", () => {
  it("registers the NIK once: the other save is asked whether it is the same person", async () => {
    const [p, b] = [await scalar(persons), await scalar(businesses)];
    const nik = testNik();
    const bodies = ["Warung Dua Pintu", "Warung Dua Pintu Cabang"].map((name, i) => {
      const body = businessBody({
        name: "Rina Anggraini",
        nik,
        clientId: `00000000-0000-4000-8000-00000000aa0${i}`,
      });
      return { ...body, business: { ...body.business, name } };
    });
    const answers = await Promise.all(bodies.map((body) => post(body)));
    expect(answers.map((r) => r.statusCode).sort()).toEqual([201, 409]);
    expect(answers.find((r) => r.statusCode === 409)?.json().error.code).toBe("LIKELY_DUPLICATE");
    expect(await scalar(sql`select count(*)::int n from registry.persons where nik = ${nik}`)).toBe(1);
    expect([await scalar(persons), await scalar(businesses)]).toEqual([p + 1, b + 1]);
  });
});

// Training follow-ups through the HTTP API: due 3 and 6 months after a held event for those who
// attended; recording one sets the business's size class in the register with its history.
import { describe, expect, it } from "vitest";
import { createTestApp } from "../../../testing/test-app";
import { systemCtx } from "../../access";
import { countSizeMovesUp } from "../../registry";
import { eventBody, newBusiness, VILLAGE_IN } from "../testing/authz";

const t = await createTestApp();
const ctx = systemCtx(t.database, "test");
const konsultan = await t.login("konsultan.plut");
const operator = await t.login("operator.palangkaraya");
const pimpinan = await t.login("pimpinan.kalteng");
const E = "/api/training/events";
const F = "/api/training/follow-ups";

const call = (cookie: string, method: "GET" | "POST", url: string, payload?: object) =>
  t.app.inject({ method, url, headers: { cookie }, ...(payload === undefined ? {} : { payload }) });

/** A held event (ending on `endsOn`) with one present and one absent participant. */
async function heldEvent(startsOn: string, endsOn: string | null) {
  const res = await call(konsultan, "POST", E, eventBody({ regionCode: "62.71", startsOn, endsOn }));
  const id = res.json().id as string;
  const biz = [await newBusiness(ctx, VILLAGE_IN, "Hadir"), await newBusiness(ctx, VILLAGE_IN, "Absen")];
  const added = (await call(konsultan, "POST", `${E}/${id}/participants`, { businessIds: biz })).json();
  const [present, absent] = added.participants.map((p: { id: string }) => p.id);
  await call(konsultan, "POST", `${E}/${id}/attendance`, { participantIds: [present], attended: true });
  await call(konsultan, "POST", `${E}/${id}/attendance`, { participantIds: [absent], attended: false });
  expect((await call(konsultan, "POST", `${E}/${id}/status`, { status: "held" })).statusCode).toBe(200);
  return { id, present, absent, business: biz[0] as string };
}

const sizeOf = async (id: string) =>
  (await t.database.pool.query("select size_class from registry.businesses where id = $1", [id])).rows[0]
    ?.size_class;

describe("training follow-ups", () => {
  it("lists 3- and 6-month follow-ups of those who attended, due from the event's last day", async () => {
    const ev = await heldEvent("2020-08-10", "2020-08-12");
    const due = (await call(operator, "GET", `${F}?status=due`)).json();
    const mine = due.filter((f: { eventId: string }) => f.eventId === ev.id);
    expect(mine.map((f: { checkpoint: number; dueOn: string }) => [f.checkpoint, f.dueOn])).toEqual([
      [3, "2020-11-12"],
      [6, "2021-02-12"],
    ]);
    expect(mine.every((f: { participantId: string }) => f.participantId === ev.present)).toBe(true);
  });

  it("records an outcome: size class in the register with history; refusals change nothing", async () => {
    const ev = await heldEvent("2020-09-01", null);
    const before = await sizeOf(ev.business);
    const body = {
      participantId: ev.present,
      checkpoint: 3,
      sizeClass: "kecil",
      monthlyTurnover: 45_000_000,
    };
    expect((await call(pimpinan, "POST", F, body)).statusCode).toBe(403);
    const bad = await call(konsultan, "POST", F, { ...body, monthlyTurnover: -1 });
    expect(bad.statusCode).toBe(400);
    const absent = await call(konsultan, "POST", F, { ...body, participantId: ev.absent });
    expect(absent.statusCode).toBe(409);
    expect(absent.json().error.code).toBe("TRAINING_OUTCOME_NOT_ELIGIBLE");
    expect(await sizeOf(ev.business)).toBe(before);
    const res = await call(konsultan, "POST", F, body);
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ checkpoint: 3, dueOn: "2020-12-01", outcome: { sizeClass: "kecil" } });
    expect(await sizeOf(ev.business)).toBe("kecil");
    const history = await t.database.pool.query(
      "select from_class, to_class, to_char(changed_on, 'YYYY-MM-DD') as on, source from registry.size_class_changes where business_id = $1",
      [ev.business],
    );
    expect(history.rows).toEqual([
      { from_class: before, to_class: "kecil", on: "2020-12-01", source: "training_outcome" },
    ]);
    const twice = await call(konsultan, "POST", F, body);
    expect(twice.json().error.code).toBe("TRAINING_OUTCOME_RECORDED");
    const recorded = (await call(pimpinan, "GET", `${F}?status=recorded`)).json();
    expect(recorded.map((f: { participantId: string }) => f.participantId)).toContain(ev.present);
    // The move up counts once in the period it falls in, and not outside it.
    const period = { from: "2020-12-01", to: "2020-12-31" };
    expect(await countSizeMovesUp({ ctx, region: "62.71", period })).toBeGreaterThanOrEqual(1);
    expect(await countSizeMovesUp({ ctx, region: "62.71", period: { from: "2021-01-01" } })).toBe(0);
  });

  it("refuses an outcome before it is due", async () => {
    const soon = new Date(Date.now() + 86_400_000 * 20).toISOString().slice(0, 10);
    const ev = await heldEvent(soon, null);
    const upcoming = (await call(konsultan, "GET", `${F}?status=upcoming`)).json();
    expect(upcoming.some((f: { eventId: string }) => f.eventId === ev.id)).toBe(true);
    const res = await call(konsultan, "POST", F, {
      participantId: ev.present,
      checkpoint: 6,
      sizeClass: "kecil",
      monthlyTurnover: 1,
    });
    expect(res.json().error.code).toBe("TRAINING_OUTCOME_NOT_DUE");
  });
});

// Follow-ups recorded out of order: before the training was held, before the due day (a calendar
// day in the office's zone, WIB for Palangka Raya), the 6-month one before the 3-month one, the same
// one twice. Each refusal has its code and an Indonesian message and changes nothing.
import { describe, expect, it } from "vitest";
import { AppError } from "../../../platform/errors";
import { createTestApp } from "../../../testing/test-app";
import { type Ctx, systemCtx } from "../../access";
import { changeEventStatus } from "../change-status";
import { createEvent } from "../manage-events";
import { addParticipants } from "../manage-participants";
import { recordAttendance } from "../record-attendance";
import { eventBody, newBusiness, VILLAGE_IN } from "../testing/authz";
import { listFollowUps, recordOutcome } from "./follow-ups";

const t = await createTestApp();
const ctx = systemCtx(t.database, "test");
const konsultan = await t.login("konsultan.plut");
const F = "/api/training/follow-ups";
const at = (iso: string): Ctx => ({ ...ctx, now: new Date(iso) });

/** An event in Palangka Raya (WIB) ending on `endsOn` with one participant who attended. */
async function attendedSeat(endsOn: string, held = true) {
  const event = await createEvent({ ctx, input: eventBody({ regionCode: "62.71", startsOn: endsOn }) });
  const business = await newBusiness(ctx, VILLAGE_IN, "Urutan");
  const added = await addParticipants({ ctx, eventId: event.id, input: { businessIds: [business] } });
  const seat = added.participants[0]?.id ?? "";
  await recordAttendance({ ctx, eventId: event.id, input: { participantIds: [seat], attended: true } });
  if (held) await changeEventStatus({ ctx, id: event.id, input: { status: "held" } });
  return { eventId: event.id, seat, business };
}

const body = (seat: string, checkpoint: 3 | 6, sizeClass: "mikro" | "kecil" = "kecil") => ({
  participantId: seat,
  checkpoint,
  sizeClass,
  monthlyTurnover: 40_000_000,
});

async function refusal(p: Promise<unknown>): Promise<AppError> {
  const err = await p.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(AppError);
  return err as AppError;
}

/** What a recording may change: the outcomes, the register's size class and its history, the audit. */
async function footprint(seat: string, business: string) {
  const q = (text: string, id: string) => t.database.pool.query(text, [id]).then((r) => r.rows);
  return {
    outcomes: await q("select checkpoint, size_class from training.outcomes where participant_id = $1", seat),
    size: await q("select size_class from registry.businesses where id = $1", business),
    history: await q("select to_class from registry.size_class_changes where business_id = $1", business),
    audit: await q(
      "select count(*)::int as n from access.audit_events where action = 'training.outcome' and after->>'participantId' = $1",
      seat,
    ),
  };
}

describe("follow-ups out of order", () => {
  it("refuses one before the training was held, with its own code and message", async () => {
    const s = await attendedSeat("2020-03-02", false);
    const before = await footprint(s.seat, s.business);
    const res = await t.app.inject({
      method: "POST",
      url: F,
      headers: { cookie: konsultan },
      payload: body(s.seat, 3),
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe("TRAINING_OUTCOME_NOT_HELD");
    expect(res.json().error.message).toMatch(/belum terlaksana/);
    expect(await footprint(s.seat, s.business)).toEqual(before);
  });

  it("takes the due day as a calendar day in the office's zone (WIB), not UTC", async () => {
    const s = await attendedSeat("2020-09-02"); // 3 months on: Wednesday 2 December 2020
    const before = await footprint(s.seat, s.business);
    // 23:59 WIB on 1 December: not due yet; the message names the due day.
    const early = await refusal(recordOutcome({ ctx: at("2020-12-01T16:59:00Z"), input: body(s.seat, 3) }));
    expect(early.code).toBe("TRAINING_OUTCOME_NOT_DUE");
    expect(early.text.id).toContain("2 Desember 2020");
    expect(await footprint(s.seat, s.business)).toEqual(before);
    const dueAt = at("2020-12-01T17:30:00Z"); // 00:30 WIB on 2 December (still 1 December in UTC)
    const due = await listFollowUps({ ctx: dueAt, query: { status: "due" } });
    expect(due.some((f) => f.participantId === s.seat && f.checkpoint === 3)).toBe(true);
    const upcoming = await listFollowUps({ ctx: dueAt, query: { status: "upcoming" } });
    expect(upcoming.some((f) => f.participantId === s.seat && f.checkpoint === 3)).toBe(false);
    const saved = await recordOutcome({ ctx: dueAt, input: body(s.seat, 3) });
    expect(saved).toMatchObject({ checkpoint: 3, dueOn: "2020-12-02", outcome: { sizeClass: "kecil" } });
  });

  it("refuses one dated in the future: the 6-month follow-up while only the 3-month one is due", async () => {
    const s = await attendedSeat("2020-09-02");
    const now = at("2021-01-05T03:00:00Z");
    await recordOutcome({ ctx: now, input: body(s.seat, 3) });
    const before = await footprint(s.seat, s.business);
    const err = await refusal(recordOutcome({ ctx: now, input: body(s.seat, 6, "mikro") }));
    expect(err.code).toBe("TRAINING_OUTCOME_NOT_DUE");
    expect(err.text.id).toContain("2 Maret 2021");
    expect(await footprint(s.seat, s.business)).toEqual(before);
  });

  it("records the 6-month one when the 3-month one was missed; the 3-month one is then closed", async () => {
    const s = await attendedSeat("2020-06-10");
    const now = at("2021-01-05T03:00:00Z");
    const six = await recordOutcome({ ctx: now, input: body(s.seat, 6, "kecil") });
    expect(six.outcome?.sizeClass).toBe("kecil");
    const before = await footprint(s.seat, s.business);
    const late = await refusal(recordOutcome({ ctx: now, input: body(s.seat, 3, "mikro") }));
    expect(late.code).toBe("TRAINING_OUTCOME_MISSED");
    expect(late.text.id).toMatch(/6 bulan/);
    // the register keeps the newer observation, its history gains nothing
    expect(await footprint(s.seat, s.business)).toEqual(before);
    const mine = (list: Awaited<ReturnType<typeof listFollowUps>>) =>
      list.filter((f) => f.participantId === s.seat).map((f) => f.checkpoint);
    expect(mine(await listFollowUps({ ctx: now, query: { status: "due" } }))).toEqual([]);
    expect(mine(await listFollowUps({ ctx: now, query: { status: "missed" } }))).toEqual([3]);
    expect(mine(await listFollowUps({ ctx: now, query: { status: "recorded" } }))).toEqual([6]);
  });

  it("records the same follow-up once, even when two requests race (a second touch)", async () => {
    const s = await attendedSeat("2020-05-04");
    const post = (sizeClass: "mikro" | "kecil") =>
      t.app.inject({
        method: "POST",
        url: F,
        headers: { cookie: konsultan },
        payload: body(s.seat, 3, sizeClass),
      });
    const both = await Promise.all([post("kecil"), post("kecil")]);
    expect(both.map((r) => r.statusCode).sort()).toEqual([201, 409]);
    const second = both.find((r) => r.statusCode === 409);
    expect(second?.json().error.code).toBe("TRAINING_OUTCOME_RECORDED");
    const once = await footprint(s.seat, s.business);
    expect(once.outcomes).toHaveLength(1);
    expect(once.history).toHaveLength(1);
    expect(once.audit).toEqual([{ n: 1 }]);
    const again = await post("mikro");
    expect(again.statusCode).toBe(409);
    expect(again.json().error.message).toBe("Hasil tindak lanjut ini sudah dicatat.");
    expect(await footprint(s.seat, s.business)).toEqual(once);
  });
});

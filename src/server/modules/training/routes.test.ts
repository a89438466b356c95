// S4 through the HTTP API: a DAK training postponed with its reason, moved online, participants
// from the register (duplicates and seats beyond the quota refused whole), attendance, certificates
// as PDF and the public check; roles and scopes; the error envelope.
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { pdfText } from "../../testing/pdf-text";
import { createTestApp } from "../../testing/test-app";
import { readAuditTrail, systemCtx } from "../access";
import { participants } from "./schema";
import { eventBody, newBusiness, VILLAGE_IN, VILLAGE_OUT } from "./testing/authz";

const t = await createTestApp();
const ctx = systemCtx(t.database, "test");
const konsultan = await t.login("konsultan.plut");
const operator = await t.login("operator.palangkaraya");
const pimpinan = await t.login("pimpinan.kalteng");
const E = "/api/training/events";

const call = (cookie: string, method: "GET" | "POST", url: string, payload?: object) =>
  t.app.inject({ method, url, headers: { cookie }, ...(payload === undefined ? {} : { payload }) });

async function newEvent(over: Partial<ReturnType<typeof eventBody>> = {}): Promise<string> {
  const res = await call(konsultan, "POST", E, eventBody({ regionCode: "62", ...over }));
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id;
}

describe("S4 training events", () => {
  it("creates a DAK training: 201 {id, status}", async () => {
    const res = await call(konsultan, "POST", E, eventBody({ regionCode: "62", budget: 185_000_000 }));
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ status: "planned", fundingSource: "DAK", budget: 185_000_000 });
    expect(res.json().id).toMatch(/^[0-9a-f-]{36}$/);
    const list = await call(pimpinan, "GET", E);
    expect(list.json().map((e: { id: string }) => e.id)).toContain(res.json().id);
  });

  it("refuses bad input with the envelope and stores nothing", async () => {
    const before = (await call(konsultan, "GET", E)).json().length;
    const online = await call(konsultan, "POST", E, eventBody({ mode: "online", venue: null }));
    expect(online.statusCode).toBe(400);
    expect(online.json().error).toMatchObject({ code: "VALIDATION" });
    expect(online.json().error.issues).toContainEqual(expect.objectContaining({ path: "body.onlineLink" }));
    const money = await call(konsultan, "POST", E, { ...eventBody(), budget: 1.5 });
    expect(money.statusCode).toBe(400);
    const fund = await call(konsultan, "POST", E, { ...eventBody(), fundingSource: "APBN-X" });
    expect(fund.statusCode).toBe(400);
    expect((await call(konsultan, "GET", E)).json().length).toBe(before);
  });

  it("roles: pimpinan reads but cannot create; a regency operator cannot create for the province", async () => {
    expect((await call(pimpinan, "POST", E, eventBody())).statusCode).toBe(403);
    const wide = await call(operator, "POST", E, eventBody({ regionCode: "62" }));
    expect(wide.statusCode).toBe(403);
    expect(wide.json().error.code).toBe("OUT_OF_SCOPE");
    const own = await call(operator, "POST", E, eventBody());
    expect(own.statusCode).toBe(201);
    expect(own.json().regionCode).toBe("62.71");
  });

  it("postpones with a reason, moves online, keeps who and when", async () => {
    const id = await newEvent();
    const noReason = await call(konsultan, "POST", `${E}/${id}/status`, { status: "postponed" });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().error.issues).toContainEqual(expect.objectContaining({ path: "body.reason" }));
    const reason = "menunggu petunjuk teknis kementerian";
    const post = await call(konsultan, "POST", `${E}/${id}/status`, { status: "postponed", reason });
    expect(post.statusCode, post.body).toBe(200);
    expect(post.json()).toMatchObject({ status: "postponed", lastReason: reason });
    const held = await call(konsultan, "POST", `${E}/${id}/status`, { status: "held" });
    expect(held.statusCode).toBe(409);
    expect(held.json().error.code).toBe("TRAINING_INVALID_TRANSITION");
    const noLink = await call(konsultan, "POST", `${E}/${id}/status`, { status: "moved_online" });
    expect(noLink.statusCode).toBe(400);
    const online = await call(konsultan, "POST", `${E}/${id}/status`, {
      status: "moved_online",
      onlineLink: "https://zoom.us/j/123",
      startsOn: "2020-08-11",
    });
    expect(online.json()).toMatchObject({ status: "moved_online", mode: "online", startsOn: "2020-08-11" });
    expect(online.json().history).toEqual([
      expect.objectContaining({ from: null, to: "planned", by: "konsultan.plut" }),
      expect.objectContaining({ from: "planned", to: "postponed", reason, by: "konsultan.plut" }),
      expect.objectContaining({ from: "postponed", to: "moved_online" }),
    ]);
    const audit = await t.database.db.transaction((tr) =>
      readAuditTrail(tr, [{ entityType: "training_event", ids: [id] }]),
    );
    expect(audit.map((a) => a.action).sort()).toEqual([
      "training.create",
      "training.status",
      "training.status",
    ]);
    expect(audit.every((a) => a.actorName === "konsultan.plut")).toBe(true);
    expect((await call(pimpinan, "POST", `${E}/${id}/status`, { status: "held" })).statusCode).toBe(403);
  });

  it("participants from the register: duplicates, unknown and over-quota refused whole", async () => {
    const id = await newEvent({ quota: 3 });
    const [a, b, c, d] = [
      await newBusiness(ctx, VILLAGE_IN, "Ani"),
      await newBusiness(ctx, VILLAGE_IN, "Budi"),
      await newBusiness(ctx, VILLAGE_IN, "Citra"),
      await newBusiness(ctx, VILLAGE_IN, "Dedi"),
    ];
    const cands = await call(konsultan, "GET", `${E}/${id}/candidates?region=62.71&affected=true&limit=500`);
    expect(cands.statusCode, cands.body).toBe(200);
    expect(cands.json().map((x: { businessId: string }) => x.businessId)).toEqual(
      expect.arrayContaining([a, b]),
    );
    const first = await call(konsultan, "POST", `${E}/${id}/participants`, { businessIds: [a, b] });
    expect(first.statusCode, first.body).toBe(201);
    expect(first.json().added).toBe(2);
    const dup = await call(konsultan, "POST", `${E}/${id}/participants`, { businessIds: [c, a] });
    expect(dup.statusCode).toBe(409);
    expect(dup.json().error.code).toBe("TRAINING_DUPLICATE_PARTICIPANT");
    const twice = await call(konsultan, "POST", `${E}/${id}/participants`, { businessIds: [c, c] });
    expect(twice.statusCode).toBe(409);
    const over = await call(konsultan, "POST", `${E}/${id}/participants`, { businessIds: [c, d] });
    expect(over.statusCode).toBe(409);
    expect(over.json().error.code).toBe("TRAINING_QUOTA_EXCEEDED");
    const outside = await newBusiness(ctx, VILLAGE_OUT, "Yusnidar");
    const out = await call(konsultan, "POST", `${E}/${id}/participants`, { businessIds: [outside] });
    expect(out.statusCode).toBe(404);
    const seats = await t.database.db.select().from(participants).where(eq(participants.eventId, id));
    expect(seats.map((s) => s.businessId).sort()).toEqual([a, b].sort());
    const again = await call(konsultan, "GET", `${E}/${id}/candidates?region=62.71&limit=500`);
    const flagged = again.json().filter((x: { isParticipant: boolean }) => x.isParticipant);
    expect(flagged.map((x: { businessId: string }) => x.businessId).sort()).toEqual([a, b].sort());
  });

  it("attendance, certificates as PDF, and the public check", async () => {
    const id = await newEvent();
    const biz = [await newBusiness(ctx, VILLAGE_IN, "Eka"), await newBusiness(ctx, VILLAGE_IN, "Fitri")];
    const added = (await call(konsultan, "POST", `${E}/${id}/participants`, { businessIds: biz })).json();
    const [present, absent] = added.participants.map((p: { id: string }) => p.id);
    expect((await call(konsultan, "POST", `${E}/${id}/certificates`)).statusCode).toBe(409);
    await call(konsultan, "POST", `${E}/${id}/status`, { status: "postponed", reason: "pandemi" });
    const early = await call(konsultan, "POST", `${E}/${id}/attendance`, {
      participantIds: [present],
      attended: true,
    });
    expect(early.statusCode).toBe(409);
    await call(konsultan, "POST", `${E}/${id}/status`, {
      status: "moved_online",
      onlineLink: "https://meet.id/x",
    });
    await call(konsultan, "POST", `${E}/${id}/attendance`, { participantIds: [present], attended: true });
    await call(konsultan, "POST", `${E}/${id}/attendance`, { participantIds: [absent], attended: false });
    expect((await call(konsultan, "POST", `${E}/${id}/status`, { status: "held" })).statusCode).toBe(200);
    const issued = await call(konsultan, "POST", `${E}/${id}/certificates`);
    expect(issued.json()).toEqual({ issued: 1 });
    expect((await call(konsultan, "POST", `${E}/${id}/certificates`)).json()).toEqual({ issued: 0 });
    const detail = (await call(pimpinan, "GET", `${E}/${id}`)).json();
    expect(detail.attended).toBe(1);
    const seat = detail.participantList.find((p: { id: string }) => p.id === present);
    expect(seat.certificateCode).toMatch(/^SRT-[2-9A-HJKMNP-Z]{9}$/);
    expect(detail.participantList.find((p: { id: string }) => p.id === absent).certificateCode).toBeNull();
    const pdf = await call(pimpinan, "GET", `${E}/${id}/participants/${present}/certificate.pdf`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers["content-type"]).toContain("application/pdf");
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe("%PDF-");
    // One landscape page: long titles must not spill onto a second sheet.
    expect(pdf.rawPayload.toString("latin1").match(/\/Type \/Page\b/g)).toHaveLength(1);
    const text = await pdfText(pdf.rawPayload);
    expect(text).toContain("Eka");
    expect(text).toContain(seat.certificateCode);
    expect(text).toContain(`/sertifikat/${seat.certificateCode}`);
    const none = await call(pimpinan, "GET", `${E}/${id}/participants/${absent}/certificate.pdf`);
    expect(none.statusCode).toBe(404);
    const check = await t.app.inject({
      url: `/api/training/certificates/${seat.certificateCode.toLowerCase()}`,
    });
    expect(check.statusCode, check.body).toBe(200);
    expect(check.json()).toMatchObject({ valid: true, code: seat.certificateCode, ownerName: "Eka" });
    const typo = seat.certificateCode.slice(0, -1) + (seat.certificateCode.endsWith("2") ? "3" : "2");
    const bad = await t.app.inject({ url: `/api/training/certificates/${typo}` });
    expect(bad.statusCode).toBe(404);
    expect(bad.json().error.message).toContain("Kode sertifikat tidak terdaftar");
  });
});

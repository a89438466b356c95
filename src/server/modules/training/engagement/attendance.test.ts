// Invitations as a WhatsApp send list, check-in by personal code (once), the online join, and the
// evaluation form (one per attendee of a held training) with the operator's averages.
import { describe, expect, it } from "vitest";
import { createTestApp } from "../../../testing/test-app";
import { systemCtx } from "../../access";
import { eventBody, newBusiness, VILLAGE_IN } from "../testing/authz";

const t = await createTestApp();
const ctx = systemCtx(t.database, "test");
const konsultan = await t.login("konsultan.plut");
const pimpinan = await t.login("pimpinan.kalteng");
const E = "/api/training/events";
const P = "/api/training/public";
let ip = 10;
const pub = (method: "GET" | "POST", url: string, payload?: object) =>
  t.app.inject({ method, url, remoteAddress: `10.7.0.${++ip}`, ...(payload ? { payload } : {}) });
const call = (cookie: string, method: "GET" | "POST", url: string, payload?: object) =>
  t.app.inject({ method, url, headers: { cookie }, ...(payload === undefined ? {} : { payload }) });

type Inv = {
  participantId: string;
  code: string;
  text: string;
  link: string | null;
  seatUrl: string;
  sentBy: string | null;
};

async function eventWith(n: number, over: Partial<ReturnType<typeof eventBody>> = {}) {
  const res = await call(konsultan, "POST", E, eventBody({ regionCode: "62.71", ...over }));
  const id: string = res.json().id;
  const ids = [];
  for (let i = 0; i < n; i++)
    ids.push(await newBusiness(ctx, VILLAGE_IN, `Peserta ${["Ani", "Budi", "Citra"][i]} Lestari`));
  await call(konsultan, "POST", `${E}/${id}/participants`, { businessIds: ids });
  const inv: Inv[] = (await call(konsultan, "GET", `${E}/${id}/invitations`)).json();
  return { id, inv };
}

describe("invitations as a WhatsApp send list", () => {
  it("fills each message and marks it sent once", async () => {
    const { id, inv } = await eventWith(2);
    expect(inv).toHaveLength(2);
    const first = inv[0] as Inv;
    expect(first.code).toMatch(/^PST-[2-9A-HJKMNP-Z]{9}$/);
    expect(first.text).toContain('"Pelatihan Pemasaran Digital"');
    expect(first.text).toContain("Tempat: Aula PLUT");
    expect(first.text).toContain("Tatap muka");
    expect(first.text).toContain(first.seatUrl);
    expect(first.seatUrl).toMatch(new RegExp(`/pelatihan/peserta/${first.code}$`));
    const mark = await call(konsultan, "POST", `${E}/${id}/invitations/${first.participantId}/sent`);
    expect(mark.json()).toMatchObject({ sentBy: "konsultan.plut" });
    const again = await call(konsultan, "POST", `${E}/${id}/invitations/${first.participantId}/sent`);
    expect(again.json().sentAt).toBe(mark.json().sentAt);
    const listed: Inv[] = (await call(konsultan, "GET", `${E}/${id}/invitations`)).json();
    expect(listed.find((i) => i.participantId === first.participantId)?.sentBy).toBe("konsultan.plut");
    expect(listed.map((i) => i.code).sort()).toEqual(inv.map((i) => i.code).sort());
  });

  it("an online event's message carries the link and the join page", async () => {
    const { inv } = await eventWith(1, { mode: "online", venue: null, onlineLink: "https://zoom.us/j/555" });
    expect(inv[0]?.text).toContain("Tautan daring: https://zoom.us/j/555");
    expect(inv[0]?.text).toContain("Catat kehadiran dan gabung lewat");
  });
});

describe("check-in by personal code", () => {
  it("records attendance once; a second scan says already present", async () => {
    const { id, inv } = await eventWith(2);
    const first = inv[0] as Inv;
    const scan = await call(konsultan, "POST", `${E}/${id}/check-in`, {
      code: first.seatUrl,
      method: "scan",
    });
    expect(scan.statusCode, scan.body).toBe(200);
    expect(scan.json()).toMatchObject({
      result: "checked_in",
      participantId: first.participantId,
      attended: 1,
    });
    const typed = await call(konsultan, "POST", `${E}/${id}/check-in`, {
      code: first.code.toLowerCase().replace("-", " "),
      method: "typed",
    });
    expect(typed.json()).toMatchObject({ result: "already", attended: 1 });
    expect(typed.json().checkedInAt).toBe(scan.json().checkedInAt);
    const unknown = await call(konsultan, "POST", `${E}/${id}/check-in`, {
      code: "PST-22222222",
      method: "typed",
    });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().error.code).toBe("TRAINING_UNKNOWN_CODE");
    const other = await eventWith(1);
    const wrong = await call(konsultan, "POST", `${E}/${id}/check-in`, {
      code: other.inv[0]?.code,
      method: "typed",
    });
    expect(wrong.statusCode).toBe(404);
    const detail = (await call(konsultan, "GET", `${E}/${id}`)).json();
    expect(detail.attended).toBe(1);
    expect(
      (await call(pimpinan, "POST", `${E}/${id}/check-in`, { code: first.code, method: "typed" })).statusCode,
    ).toBe(403);
  });

  it("an online participant's join is their attendance; in person events refuse it", async () => {
    const online = await eventWith(1, { mode: "online", venue: null, onlineLink: "https://zoom.us/j/777" });
    const code = online.inv[0]?.code ?? "";
    const seat = await pub("GET", `${P}/seats/${code}`);
    expect(seat.json()).toMatchObject({ canJoin: true, attended: false, canEvaluate: false });
    const join = await pub("POST", `${P}/seats/${code}/join`);
    expect(join.json()).toEqual({ onlineLink: "https://zoom.us/j/777" });
    await pub("POST", `${P}/seats/${code}/join`);
    expect((await call(konsultan, "GET", `${E}/${online.id}`)).json().attended).toBe(1);
    const inPerson = await eventWith(1);
    const refused = await pub("POST", `${P}/seats/${inPerson.inv[0]?.code}/join`);
    expect(refused.json().error.code).toBe("TRAINING_NOT_ONLINE");
    const qr = await pub("GET", `${P}/seats/${code}/qr.svg`);
    expect(qr.headers["content-type"]).toMatch(/svg/);
    expect(qr.body).toContain("<svg");
  });
});

describe("evaluation form", () => {
  it("one per attendee after the training was held; the operator sees averages and answers", async () => {
    const { id, inv } = await eventWith(3);
    const [a, b, c] = inv as [Inv, Inv, Inv];
    for (const p of [a, b])
      await call(konsultan, "POST", `${E}/${id}/check-in`, { code: p.code, method: "typed" });
    const early = await pub("POST", `${P}/seats/${a.code}/evaluation`, {
      content: 5,
      trainer: 4,
      usefulness: 5,
    });
    expect(early.json().error.code).toBe("TRAINING_EVALUATION_CLOSED");
    await call(konsultan, "POST", `${E}/${id}/status`, { status: "held" });
    expect((await pub("GET", `${P}/seats/${a.code}`)).json()).toMatchObject({
      canEvaluate: true,
      evaluated: false,
    });
    const bad = await pub("POST", `${P}/seats/${a.code}/evaluation`, {
      content: 6,
      trainer: 4,
      usefulness: 5,
    });
    expect(bad.statusCode).toBe(400);
    const ok = await pub("POST", `${P}/seats/${a.code}/evaluation`, {
      content: 5,
      trainer: 4,
      usefulness: 5,
      comment: "Materi sangat berguna untuk jualan daring",
    });
    expect(ok.statusCode, ok.body).toBe(201);
    const twice = await pub("POST", `${P}/seats/${a.code}/evaluation`, {
      content: 1,
      trainer: 1,
      usefulness: 1,
    });
    expect(twice.json().error.code).toBe("TRAINING_ALREADY_EVALUATED");
    await pub("POST", `${P}/seats/${b.code}/evaluation`, { content: 4, trainer: 3, usefulness: 4 });
    const absent = await pub("POST", `${P}/seats/${c.code}/evaluation`, {
      content: 5,
      trainer: 5,
      usefulness: 5,
    });
    expect(absent.json().error.code).toBe("TRAINING_EVALUATION_CLOSED");
    const summary = (await call(pimpinan, "GET", `${E}/${id}/evaluations`)).json();
    expect(summary).toMatchObject({
      count: 2,
      attended: 2,
      averages: { content: 4.5, trainer: 3.5, usefulness: 4.5 },
    });
    expect(summary.answers[0]).toMatchObject({
      comment: "Materi sangat berguna untuk jualan daring",
      content: 5,
    });
    expect((await pub("GET", `${P}/seats/${a.code}`)).json()).toMatchObject({
      canEvaluate: false,
      evaluated: true,
    });
  });
});

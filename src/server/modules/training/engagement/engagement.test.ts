// The owners' side of a training through the HTTP API: self-registration on the public link (matched
// to the register, duplicates refused, the last seat to one of two concurrent registrations, pending
// ones linked or refused by the operator), invitations as a WhatsApp send list, check-in by code
// (once), the online join, and the evaluation (one per participant, averages for the operator).
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
const nextIp = () => `10.9.0.${++ip}`;

const call = (cookie: string, method: "GET" | "POST", url: string, payload?: object) =>
  t.app.inject({ method, url, headers: { cookie }, ...(payload === undefined ? {} : { payload }) });
const pub = (method: "GET" | "POST", url: string, payload?: object, remoteAddress = nextIp()) =>
  t.app.inject({ method, url, remoteAddress, ...(payload === undefined ? {} : { payload }) });

async function newEvent(over: Partial<ReturnType<typeof eventBody>> = {}): Promise<string> {
  const res = await call(konsultan, "POST", E, eventBody({ regionCode: "62.71", ...over }));
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id;
}

async function nikOf(businessId: string): Promise<string> {
  const r = await t.database.pool.query<{ nik: string }>(
    "select p.nik from registry.persons p join registry.businesses b on b.owner_id = p.id where b.id = $1",
    [businessId],
  );
  return r.rows[0]?.nik ?? "";
}

async function registerByNik(eventId: string, businessId: string, phone = "081234567801") {
  return pub("POST", `${P}/events/${eventId}/registrations`, {
    nik: await nikOf(businessId),
    phone,
    businessName: "Usaha",
  });
}

describe("self-registration through the public link", () => {
  it("shows the event without login and seats a register owner found by NIK", async () => {
    const id = await newEvent({ quota: 5 });
    const page = await pub("GET", `${P}/events/${id}`);
    expect(page.statusCode, page.body).toBe(200);
    expect(page.json()).toMatchObject({ open: true, seatsLeft: 5, title: "Pelatihan Pemasaran Digital" });
    expect(page.json()).not.toHaveProperty("budget");
    const business = await newBusiness(ctx, VILLAGE_IN, "Ratna Sari Dewi");
    const res = await registerByNik(id, business);
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ status: "seated", code: expect.stringMatching(/^PST-/) });
    const detail = (await call(konsultan, "GET", `${E}/${id}`)).json();
    expect(detail.participantList.map((p: { businessId: string }) => p.businessId)).toEqual([business]);
    const again = await registerByNik(id, business, "081234567802");
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe("TRAINING_ALREADY_REGISTERED");
    expect(again.json().error.message).toMatch(/sudah terdaftar/);
    expect((await call(konsultan, "GET", `${E}/${id}`)).json().participants).toBe(1);
  });

  it("refuses a bad NIK or phone, and an owner already picked by the operator", async () => {
    const id = await newEvent();
    const bad = await pub("POST", `${P}/events/${id}/registrations`, {
      nik: "1234567890123456",
      phone: "12",
      businessName: "X",
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.code).toBe("VALIDATION");
    const none = await pub("POST", `${P}/events/${id}/registrations`, {
      phone: "081234567890",
      businessName: "X",
    });
    expect(none.statusCode).toBe(400);
    const business = await newBusiness(ctx, VILLAGE_IN, "Yuliani Kartika");
    await call(konsultan, "POST", `${E}/${id}/participants`, { businessIds: [business] });
    const twice = await registerByNik(id, business);
    expect(twice.statusCode).toBe(409);
    expect(twice.json().error.code).toBe("TRAINING_ALREADY_REGISTERED");
  });

  it("gives the last seat to one of two concurrent registrations", async () => {
    const id = await newEvent({ quota: 2 });
    const first = await newBusiness(ctx, VILLAGE_IN, "Nurhayati Lubis");
    expect((await registerByNik(id, first)).statusCode).toBe(201);
    const a = await newBusiness(ctx, VILLAGE_IN, "Fitri Handayani");
    const b = await newBusiness(ctx, VILLAGE_IN, "Wahyuni Saputri");
    const [ra, rb] = await Promise.all([registerByNik(id, a), registerByNik(id, b)]);
    const codes = [ra.statusCode, rb.statusCode].sort();
    expect(codes, `${ra.body} ${rb.body}`).toEqual([201, 409]);
    const loser = ra.statusCode === 409 ? ra : rb;
    expect(loser.json().error.code).toBe("TRAINING_FULL");
    expect((await call(konsultan, "GET", `${E}/${id}`)).json().participants).toBe(2);
    expect((await pub("GET", `${P}/events/${id}`)).json()).toMatchObject({ open: false, seatsLeft: 0 });
  });

  it("keeps an unmatched person pending; the operator links or refuses", async () => {
    const id = await newEvent();
    const body = {
      name: "Hendra Gunawan Putra",
      birthDate: "1975-01-09",
      phone: "0852 1111 2222",
      businessName: "Bengkel Hendra",
    };
    const res = await pub("POST", `${P}/events/${id}/registrations`, body);
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toEqual({ status: "pending", code: null });
    const twice = await pub("POST", `${P}/events/${id}/registrations`, {
      ...body,
      name: "hendra gunawan  PUTRA",
    });
    expect(twice.statusCode).toBe(409);
    const other = await pub("POST", `${P}/events/${id}/registrations`, {
      ...body,
      name: "Budi Santoso Wijaya",
    });
    expect(other.statusCode).toBe(201);
    expect((await call(pimpinan, "GET", `${E}/${id}/registrations`)).statusCode).toBe(403);
    const list = (await call(konsultan, "GET", `${E}/${id}/registrations`)).json();
    expect(list).toHaveLength(2);
    const hendra = list.find((r: { name: string }) => r.name === body.name);
    expect(hendra).toMatchObject({ status: "pending", phone: "+6285211112222" });
    const business = await newBusiness(ctx, VILLAGE_IN, "Hendra Gunawan Putra");
    const linked = await call(konsultan, "POST", `${E}/${id}/registrations/${hendra.id}/link`, {
      businessId: business,
    });
    expect(linked.statusCode, linked.body).toBe(200);
    expect(linked.json()).toMatchObject({ status: "seated", decidedBy: "konsultan.plut" });
    const again = await call(konsultan, "POST", `${E}/${id}/registrations/${hendra.id}/link`, {
      businessId: business,
    });
    expect(again.json().error.code).toBe("TRAINING_REGISTRATION_DECIDED");
    const budi = list.find((r: { name: string }) => r.name !== body.name);
    const refused = await call(konsultan, "POST", `${E}/${id}/registrations/${budi.id}/refuse`, {
      reason: "bukan pelaku usaha di wilayah ini",
    });
    expect(refused.json()).toMatchObject({ status: "refused", reason: "bukan pelaku usaha di wilayah ini" });
    const inv = (await call(konsultan, "GET", `${E}/${id}/invitations`)).json();
    expect(inv[0]).toMatchObject({ phone: "+6285211112222", businessName: "Usaha Hendra Gunawan Putra" });
  });

  it("matches by name and birth date through the linkage engine; look-alikes wait with suggestions", async () => {
    const id = await newEvent();
    const unique = await newBusiness(ctx, VILLAGE_IN, "Theresia Kumalasari Ningsih");
    const byName = await pub("POST", `${P}/events/${id}/registrations`, {
      name: "Theresia Kumalasari Ningsih",
      birthDate: "1980-05-12",
      phone: "081234500001",
      businessName: "Usaha Theresia",
    });
    expect(byName.statusCode, byName.body).toBe(201);
    expect(byName.json()).toMatchObject({ status: "seated", code: expect.stringMatching(/^PST-/) });
    const twins = [
      await newBusiness(ctx, VILLAGE_IN, "Sri Wahyuningsih"),
      await newBusiness(ctx, VILLAGE_IN, "Sri Wahyuningsih"),
    ];
    const twin = await pub("POST", `${P}/events/${id}/registrations`, {
      name: "Sri Wahyuningsih",
      birthDate: "1980-05-12",
      phone: "081234500002",
      businessName: "Usaha Sri",
    });
    expect(twin.json()).toEqual({ status: "pending", code: null });
    const list = (await call(konsultan, "GET", `${E}/${id}/registrations`)).json();
    const sri = list.find((r: { name: string }) => r.name === "Sri Wahyuningsih");
    expect(sri.suggestions.map((s: { businessId: string }) => s.businessId).sort()).toEqual(
      expect.arrayContaining(twins),
    );
    const detail = (await call(konsultan, "GET", `${E}/${id}`)).json();
    expect(detail.participantList.map((p: { businessId: string }) => p.businessId)).toEqual([unique]);
  });

  it("limits registrations per IP address", async () => {
    const id = await newEvent();
    const statuses: number[] = [];
    for (let i = 0; i < 11; i++) {
      const r = await pub(
        "POST",
        `${P}/events/${id}/registrations`,
        { name: `Peserta Uji ${i}`, birthDate: "1990-01-01", phone: "081200000000", businessName: "U" },
        "10.8.0.1",
      );
      statuses.push(r.statusCode);
    }
    expect(statuses.slice(0, 10).every((s) => s === 201)).toBe(true);
    expect(statuses[10]).toBe(429);
  });
});

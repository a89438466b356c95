// A person's data on request (UU PDP Pasal 32) over HTTP: two owners in Palangka Raya, each with a
// business, a line on an outside list, an aid proposal item, a store order by their phone and a
// training seat; the export of one holds all of theirs and nothing of the other's, and is audited.
// Plus who may export (permission, scope) and the PDF.
import { describe, expect, it } from "vitest";
import { pdfText } from "../../../testing/pdf-text";
import { createTestApp } from "../../../testing/test-app";
import {
  consign,
  createProducer,
  createProduct,
  type Kit,
  localToday,
  nextIp,
} from "../../market/testing/kit";
import { businessBody, seedRegistryFixture, testNik } from "../../registry/testing/fixtures";
import { eventBody } from "../../training/testing/authz";

const t = await createTestApp();
const fx = await seedRegistryFixture(t.database);
const admin = await t.login("admin.kalteng");
const operator = await t.login("operator.palangkaraya");
const kotim = await t.login("operator.kotim");
const pimpinan = await t.login("pimpinan.kalteng");
const pendamping = await t.login("pendamping.palangkaraya");
const kit: Kit = { t, konsultan: await t.login("konsultan.plut") };

async function call(cookie: string, method: "GET" | "POST", url: string, payload?: object) {
  const res = await t.app.inject({ method, url, headers: { cookie }, ...(payload ? { payload } : {}) });
  if (res.statusCode >= 300) throw new Error(`${method} ${url}: ${res.statusCode} ${res.body}`);
  return res.json();
}

type Owner = {
  personId: string;
  businessId: string;
  nik: string;
  name: string;
  phone: string;
  business: string;
};

async function owner(name: string, phone: string, business: string): Promise<Owner> {
  const body = businessBody({ name });
  body.owner = { ...body.owner!, phone, nik: testNik() };
  body.business = { ...body.business, name: business };
  const page = await call(operator, "POST", "/api/registry/businesses", body);
  return {
    personId: page.owner.id,
    businessId: page.business.id,
    nik: body.owner.nik,
    name,
    phone,
    business,
  };
}

const ani = await owner("Ani Kusumawati", "081255501111", "Konveksi Ani Jaya");
const budi = await owner("Budiman Sitorus", "081355502222", "Bengkel Budiman");
const phoneE164 = (p: string) => `+62${p.slice(1)}`;

// outside list: one row linked to each owner (what a linkage run writes)
await t.database.pool.query(
  `insert into linkage.lists (id, region_code, name, kind, source, created_by_name, state)
   values ('00000000-0000-4000-8000-00000000d751', '62.71', 'DTKS Palangka Raya 2020', 'dtks', 'Dinas Sosial', 'uji', 'linked')`,
);
for (const [i, o] of [ani, budi].entries()) {
  await t.database.pool.query(
    `insert into linkage.list_rows (id, region_code, list_id, row_number, nik, name, match_person_id, decision, probability)
     values (gen_random_uuid(), '62.71', '00000000-0000-4000-8000-00000000d751', $1, $2, $3, $4, 'match', 0.99)`,
    [i + 2, o.nik, o.name.toUpperCase(), o.personId],
  );
}

// aid: a programme, a proposal naming both businesses
const programme = await call(admin, "POST", "/api/aid/programmes", {
  code: "PDP-UJI",
  ownerRegion: "62",
  name: "Bantuan Modal Uji PDP",
  fundSource: "APBD",
  kind: "cash",
  amount: 1_200_000,
  periodStart: "2020-08-17",
  phases: [],
  rules: {},
  requiredDocuments: [],
  exclusions: [],
});
const proposal = await call(operator, "POST", "/api/aid/proposals", {
  programmeId: programme.id,
  regionCode: "62.71",
});
for (const o of [ani, budi])
  await call(operator, "POST", `/api/aid/proposals/${proposal.id}/items`, { businessId: o.businessId });

// store: one order by each owner's phone
await t.database.pool.query(
  "insert into market.plut_settings (region_code, name, bank_account) values ('62', 'PLUT Kalteng', 'Bank Kalteng 100.01.00001')",
);
const producerId = await createProducer(kit, "Penjahit Uji PDP");
const productId = await createProduct(kit, { name: "Masker batik PDP" });
await consign(kit, { productId, producerId, quantity: 100, date: localToday() });
const orderCodes = new Map<string, string>();
for (const o of [ani, budi]) {
  const res = await t.app.inject({
    method: "POST",
    url: "/api/market/orders",
    remoteAddress: nextIp(),
    payload: {
      mode: "ready",
      items: [{ productId, quantity: 2 }],
      buyer: { name: o.name, phone: o.phone, type: "individual" },
      fulfilment: { method: "pickup" },
    },
  });
  expect(res.statusCode, res.body).toBe(201);
  orderCodes.set(o.personId, res.json().code);
}

// training: both seated, Ani attended
const event = await call(
  operator,
  "POST",
  "/api/training/events",
  eventBody({ regionCode: "62.71", title: "Pelatihan Jahit PDP" }),
);
const seats = await call(operator, "POST", `/api/training/events/${event.id}/participants`, {
  businessIds: [ani.businessId, budi.businessId],
});
const aniSeat = seats.participants.find((p: { businessId: string }) => p.businessId === ani.businessId);
await call(operator, "POST", `/api/training/events/${event.id}/attendance`, {
  participantIds: [aniSeat.id],
  attended: true,
});

const exportUrl = (id: string, pdf = false) => `/api/reports/persons/${id}/personal-data${pdf ? ".pdf" : ""}`;
const audits = async (id: string) =>
  (
    await t.database.pool.query(
      "select actor_name, after from access.audit_events where action = 'reports.person-data-export' and entity_id = $1 order by seq",
      [id],
    )
  ).rows;

describe("GET /api/reports/persons/:id/personal-data", () => {
  it("holds the person's data from every module and nothing of another person, and is audited", async () => {
    const res = await t.app.inject({ url: exportUrl(ani.personId), headers: { cookie: operator } });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers["content-disposition"]).toMatch(
      /attachment; filename="data-pribadi-ani-kusumawati-\d{4}-\d{2}-\d{2}\.json"/,
    );
    const data = res.json();
    expect(data.person).toMatchObject({
      id: ani.personId,
      nik: ani.nik,
      name: ani.name,
      phone: phoneE164(ani.phone),
    });
    expect(data.register.businesses.map((b: { business: { name: string } }) => b.business.name)).toEqual([
      ani.business,
    ]);
    expect(data.register.businesses[0].impacts).toHaveLength(1);
    expect(data.sources.listRows).toMatchObject([{ listName: "DTKS Palangka Raya 2020", nik: ani.nik }]);
    expect(data.aid.proposalItems).toMatchObject([{ programme: "Bantuan Modal Uji PDP", nik: ani.nik }]);
    expect(data.market.orders).toMatchObject([
      { code: orderCodes.get(ani.personId), buyerPhone: phoneE164(ani.phone) },
    ]);
    expect(data.market.orders[0].items).toMatchObject([{ product: "Masker batik PDP", quantity: 2 }]);
    expect(data.training.participations).toMatchObject([{ event: "Pelatihan Jahit PDP", attended: true }]);
    const text = res.body;
    for (const other of [
      budi.personId,
      budi.businessId,
      budi.nik,
      budi.name,
      budi.business,
      phoneE164(budi.phone),
    ])
      expect(text).not.toContain(other);
    expect(text).not.toContain(orderCodes.get(budi.personId));
    const logged = await audits(ani.personId);
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatchObject({
      actor_name: "operator.palangkaraya",
      after: {
        format: "json",
        counts: { businesses: 1, outsideListRows: 1, aidItems: 1, orders: 1, trainings: 1 },
      },
    });
  });

  it("gives the person a PDF in Bahasa Indonesia with the same facts, also audited", async () => {
    const res = await t.app.inject({ url: exportUrl(budi.personId, true), headers: { cookie: admin } });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers["content-type"]).toBe("application/pdf");
    const text = (await pdfText(res.rawPayload)).replace(/\s+/g, " ");
    for (const fact of ["Data Pribadi Anda di Sinergi", "Pasal 32", budi.name, budi.nik, budi.business])
      expect(text).toContain(fact);
    for (const fact of [
      "DTKS Palangka Raya 2020",
      "Bantuan Modal Uji PDP",
      "Pelatihan Jahit PDP",
      "Masker batik PDP",
    ])
      expect(text).toContain(fact);
    expect(text).toContain(orderCodes.get(budi.personId));
    expect(text).not.toContain("\uFFFD"); // every character printable in Noto Sans
    expect(text).not.toContain(ani.name);
    expect(text).not.toContain(ani.nik);
    expect(await audits(budi.personId)).toMatchObject([
      { actor_name: "admin.kalteng", after: { format: "pdf" } },
    ]);
  });

  it("refuses roles that may not see a full NIK (403) and people outside the scope (404), unaudited", async () => {
    for (const cookie of [pimpinan, pendamping]) {
      const res = await t.app.inject({ url: exportUrl(ani.personId), headers: { cookie } });
      expect(res.statusCode).toBe(403);
    }
    const away = await t.app.inject({ url: exportUrl(ani.personId), headers: { cookie: kotim } });
    expect(away.statusCode).toBe(404);
    const out = await t.app.inject({ url: exportUrl(fx.personOut, true), headers: { cookie: admin } });
    expect(out.statusCode).toBe(404);
    expect(await audits(fx.personOut)).toHaveLength(0);
    expect(await audits(ani.personId)).toHaveLength(1);
  });
});

describe("NIK reveal with a reason, and the reveal log", () => {
  const reveal = (cookie: string, id: string, payload?: object) =>
    t.app.inject({
      method: "POST",
      url: `/api/registry/persons/${id}/reveal-nik`,
      headers: { cookie },
      ...(payload ? { payload } : {}),
    });

  it("refuses a reveal without a reason or with a too short one (400), and writes nothing", async () => {
    expect((await reveal(operator, ani.personId)).statusCode).toBe(400);
    expect((await reveal(operator, ani.personId, { reason: "  cek   " })).statusCode).toBe(400);
    const page = await t.app.inject({
      url: `/api/registry/businesses/${ani.businessId}?revealNik=true`,
      headers: { cookie: operator },
    });
    expect(page.statusCode).toBe(400);
    expect(page.json().error.code).toBe("REVEAL_REASON_REQUIRED");
    const list = await t.app.inject({
      url: "/api/registry/businesses?revealNik=true",
      headers: { cookie: operator },
    });
    expect(list.json().error.code).toBe("REVEAL_REASON_REQUIRED");
    const n = await t.database.pool.query(
      "select count(*)::int as n from access.audit_events where action = 'registry.reveal-nik'",
    );
    expect(n.rows[0].n).toBe(0);
  });

  it("reveals with a reason, keeps it in the audit log, and admins read who, whom, when and why", async () => {
    const res = await reveal(operator, ani.personId, { reason: "Verifikasi  usulan Bantuan Modal" });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().nik).toBe(ani.nik);
    const page = await t.app.inject({
      url: `/api/registry/businesses/${budi.businessId}?revealNik=true&revealReason=${encodeURIComponent("Permintaan pemilik usaha")}`,
      headers: { cookie: operator },
    });
    expect(page.json().owner.nik).toBe(budi.nik);
    const log = await call(admin, "GET", "/api/reports/nik-reveals");
    // the two reveals, newest first, after the two data exports of the first tests
    expect(log.total).toBe(4);
    expect(log.items).toMatchObject([
      {
        actorName: "operator.palangkaraya",
        personName: budi.name,
        via: "business-page",
        reason: "Permintaan pemilik usaha",
      },
      {
        actorName: "operator.palangkaraya",
        personName: ani.name,
        entityId: ani.personId,
        persons: 1,
        via: "reveal",
        reason: "Verifikasi usulan Bantuan Modal",
      },
      { actorName: "admin.kalteng", personName: budi.name, via: "person-data", reason: null },
      { actorName: "operator.palangkaraya", personName: ani.name, via: "person-data", reason: null },
    ]);
    expect(Date.now() - Date.parse(log.items[1].at)).toBeLessThan(60_000);
    expect(
      (await t.app.inject({ url: "/api/reports/nik-reveals", headers: { cookie: operator } })).statusCode,
    ).toBe(403);
  });
});

import { oncePerFixture } from "../../../testing/authz/once-per-fixture";
import type { Fixture, RouteSpec } from "../../../testing/authz/types";
import { rolesOf } from "../permissions";
import { type AidAuthzFixture, seedAidAuthz } from "./authz";
import { bankCsv, decisionCsv, multipartFile } from "./http";

/** Aid rows for the specs, created once per fixture. */
const data = oncePerFixture(seedAidAuthz);

const read = rolesOf("aid.read");
const propose = rolesOf("aid.propose");
const verify = rolesOf("aid.verify");
const manage = rolesOf("aid.manage_programmes");
const A = "/api/aid";
type Key = keyof AidAuthzFixture;

/** A request on one proposal, and the same request on a proposal outside Palangka Raya. */
const onProposal = (
  inKey: Key,
  outKey: Key,
  path: (id: string) => string,
  method: "GET" | "POST" = "GET",
  payload?: unknown,
) => ({
  request: async (f: Fixture) => ({
    method,
    url: path((await data(f))[inKey]),
    ...(payload ? { payload } : {}),
  }),
  outOfScope: async (f: Fixture) => ({
    method,
    url: path((await data(f))[outKey]),
    ...(payload ? { payload } : {}),
  }),
});

/** A request built from the fixture, and the same request on rows outside Palangka Raya. */
const both = (
  method: "GET" | "POST",
  inUrl: (d: AidAuthzFixture) => string,
  outUrl: (d: AidAuthzFixture) => string,
  payload?: unknown,
) => ({
  request: async (f: Fixture) => ({ method, url: inUrl(await data(f)), ...(payload ? { payload } : {}) }),
  outOfScope: async (f: Fixture) => ({ method, url: outUrl(await data(f)), ...(payload ? { payload } : {}) }),
});

const upload = (content: string) => {
  const m = multipartFile({ name: "berkas.csv", type: "text/csv", content });
  return { payload: m.payload, headers: m.headers };
};

/** A hand-over: three text fields and the signed receipt. */
function handoverUpload() {
  const boundary = "----sinergiaidhandover";
  const field = (k: string, v: string) =>
    `--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`;
  const payload = Buffer.concat([
    Buffer.from(field("quantity", "50") + field("handedOn", "2020-07-02") + field("receivedBy", "Wati")),
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="tanda-terima.pdf"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.4 uji\r\n--${boundary}--\r\n`,
    ),
  ]);
  return { payload, headers: { "content-type": `multipart/form-data; boundary=${boundary}` } };
}

export const aidSpecs: RouteSpec[] = [
  { route: "GET /api/aid/programmes", allow: read, request: () => ({ url: `${A}/programmes` }) },
  {
    route: "GET /api/aid/programmes/:id",
    allow: read,
    ...onProposal("programme", "programmeOut", (id) => `${A}/programmes/${id}`),
  },
  {
    route: "POST /api/aid/programmes",
    allow: manage,
    request: (f) => ({
      method: "POST",
      url: `${A}/programmes`,
      payload: {
        code: `UJI-${f.unique().toUpperCase()}`,
        name: "Stimulus Uji",
        fundSource: "APBD",
        kind: "cash",
        amount: 500_000,
        periodStart: "2020-09-01",
        ownerRegion: "62",
      },
    }),
    outOfScope: (f) => ({
      method: "POST",
      url: `${A}/programmes`,
      payload: {
        code: `UJI-${f.unique().toUpperCase()}`,
        name: "Stimulus Uji",
        fundSource: "APBD",
        kind: "cash",
        amount: 500_000,
        periodStart: "2020-09-01",
        ownerRegion: "13.10",
      },
    }),
  },
  {
    route: "POST /api/aid/programmes/:id/quotas",
    allow: manage,
    request: async (f) => ({
      method: "POST",
      url: `${A}/programmes/${(await data(f)).programme}/quotas`,
      payload: { regionCode: "62.71", quota: 5000 },
    }),
    outOfScope: async (f) => ({
      method: "POST",
      url: `${A}/programmes/${(await data(f)).programme}/quotas`,
      payload: { regionCode: "13.10", quota: 5000 },
    }),
  },
  {
    route: "GET /api/aid/proposals",
    allow: read,
    request: () => ({ url: `${A}/proposals` }),
    outOfScope: () => ({ url: `${A}/proposals?region=13.10` }),
  },
  {
    route: "POST /api/aid/proposals",
    allow: propose,
    request: async (f) => ({
      method: "POST",
      url: `${A}/proposals`,
      payload: { programmeId: (await data(f)).programme, regionCode: "62.71" },
    }),
    outOfScope: async (f) => ({
      method: "POST",
      url: `${A}/proposals`,
      payload: { programmeId: (await data(f)).programme, regionCode: "13.10" },
    }),
  },
  {
    route: "GET /api/aid/proposals/:id",
    allow: read,
    ...onProposal("draftIn", "draftOut", (id) => `${A}/proposals/${id}`),
  },
  {
    route: "GET /api/aid/proposals/:id/candidates",
    allow: propose,
    ...onProposal("draftIn", "draftOut", (id) => `${A}/proposals/${id}/candidates`),
  },
  {
    route: "GET /api/aid/proposals/:id/items",
    allow: read,
    ...onProposal("draftIn", "draftOut", (id) => `${A}/proposals/${id}/items?view=problems`),
  },
  {
    route: "POST /api/aid/proposals/:id/items",
    allow: propose,
    ...onProposal("draftIn", "draftOut", (id) => `${A}/proposals/${id}/items`, "POST", {
      nik: "6271014503880001",
      nama: "Ani Lestari",
    }),
  },
  {
    route: "POST /api/aid/proposals/:id/items/bulk",
    allow: propose,
    ...onProposal("draftIn", "draftOut", (id) => `${A}/proposals/${id}/items/bulk`, "POST", {
      businessIds: ["0190f000-0000-7000-8000-000000000001"],
    }),
  },
  {
    route: "POST /api/aid/proposals/:id/items/upload",
    allow: propose,
    request: async (f) => ({
      method: "POST",
      url: `${A}/proposals/${(await data(f)).draftIn}/items/upload`,
      ...upload("NIK;NAMA\n6271015204900002;Rina Wati\n"),
    }),
    outOfScope: async (f) => ({
      method: "POST",
      url: `${A}/proposals/${(await data(f)).draftOut}/items/upload`,
      ...upload("NIK;NAMA\n6271015204900002;Rina Wati\n"),
    }),
  },
  {
    route: "POST /api/aid/proposals/:id/items/:itemId/justify",
    allow: propose,
    request: async (f) => {
      const d = await data(f);
      return {
        method: "POST",
        url: `${A}/proposals/${d.draftIn}/items/${d.itemIn}/justify`,
        payload: { problemKey: d.problemKey, text: "Sudah dicek ke Dukcapil, NIK benar." },
      };
    },
    outOfScope: async (f) => {
      const d = await data(f);
      return {
        method: "POST",
        url: `${A}/proposals/${d.draftOut}/items/${d.itemOut}/justify`,
        payload: { problemKey: "x", text: "Sudah dicek ke Dukcapil." },
      };
    },
  },
  {
    route: "POST /api/aid/proposals/:id/items/:itemId/remove",
    allow: propose,
    ...both(
      "POST",
      (d) => `${A}/proposals/${d.draftIn}/items/${d.itemIn}/remove`,
      (d) => `${A}/proposals/${d.draftOut}/items/${d.itemOut}/remove`,
      { reason: "NIK tidak valid" },
    ),
  },
  {
    route: "POST /api/aid/proposals/:id/check",
    allow: propose,
    ...onProposal("draftIn", "draftOut", (id) => `${A}/proposals/${id}/check`, "POST"),
  },
  {
    route: "POST /api/aid/proposals/:id/submit",
    allow: propose,
    ...onProposal("draftIn", "draftOut", (id) => `${A}/proposals/${id}/submit`, "POST"),
  },
  {
    route: "POST /api/aid/proposals/:id/verify",
    allow: verify,
    ...onProposal("draftIn", "draftOut", (id) => `${A}/proposals/${id}/verify`, "POST"),
  },
  {
    route: "POST /api/aid/proposals/:id/return",
    allow: verify,
    ...onProposal("verifiedIn", "draftOut", (id) => `${A}/proposals/${id}/return`, "POST", {
      reason: "Data KK belum lengkap",
    }),
  },
  {
    route: "POST /api/aid/proposals/:id/approve",
    allow: verify,
    ...onProposal("verifiedIn2", "draftOut", (id) => `${A}/proposals/${id}/approve`, "POST", {
      decreeNumber: "B-1/KUKM/2020",
    }),
  },
  {
    route: "POST /api/aid/proposals/:id/reject",
    allow: verify,
    ...onProposal("draftIn", "draftOut", (id) => `${A}/proposals/${id}/reject`, "POST", {
      decreeNumber: "B-2/KUKM/2020",
      reason: "Kuota habis",
    }),
  },
  {
    route: "POST /api/aid/proposals/:id/fail",
    allow: verify,
    ...onProposal("draftIn", "draftOut", (id) => `${A}/proposals/${id}/fail`, "POST", {
      reason: "Rekening tidak aktif",
    }),
  },
  {
    route: "POST /api/aid/proposals/:id/revise",
    allow: verify,
    request: async (f) => {
      const d = await data(f);
      return {
        method: "POST",
        url: `${A}/proposals/${d.draftIn}/revise`,
        payload: { removeItemIds: [d.itemIn], reason: "Meninggal dunia" },
      };
    },
    outOfScope: async (f) => {
      const d = await data(f);
      return {
        method: "POST",
        url: `${A}/proposals/${d.approvedOut}/revise`,
        payload: { removeItemIds: [d.itemOut], reason: "Meninggal dunia" },
      };
    },
  },
  {
    route: "GET /api/aid/proposals/:id/export",
    allow: propose,
    ...onProposal("approvedIn", "approvedOut", (id) => `${A}/proposals/${id}/export`),
  },
  {
    route: "GET /api/aid/proposals/:id/decree.pdf",
    allow: read,
    ...onProposal("approvedIn", "approvedOut", (id) => `${A}/proposals/${id}/decree.pdf`),
  },
  {
    route: "POST /api/aid/proposals/:id/decision",
    allow: verify,
    request: async (f) => ({
      method: "POST",
      url: `${A}/proposals/${(await data(f)).approvedIn}/decision`,
      ...upload(decisionCsv([{ nik: "6271010101900009", name: "X", outcome: "DISETUJUI" }])),
    }),
    outOfScope: async (f) => ({
      method: "POST",
      url: `${A}/proposals/${(await data(f)).approvedOut}/decision`,
      ...upload(decisionCsv([{ nik: "1310010101900009", name: "X", outcome: "DISETUJUI" }])),
    }),
  },
  {
    route: "POST /api/aid/proposals/:id/disbursements",
    allow: verify,
    request: async (f) => ({
      method: "POST",
      url: `${A}/proposals/${(await data(f)).approvedIn}/disbursements`,
      ...upload(bankCsv([{ nik: "6271010101900008", name: "Y", reference: `R-${f.unique()}` }])),
    }),
    outOfScope: async (f) => ({
      method: "POST",
      url: `${A}/proposals/${(await data(f)).approvedOut}/disbursements`,
      ...upload(bankCsv([{ nik: "1310010101900008", name: "Y", reference: `R-${f.unique()}` }])),
    }),
  },
  {
    route: "GET /api/aid/proposals/:id/disbursements",
    allow: read,
    ...onProposal("approvedIn", "approvedOut", (id) => `${A}/proposals/${id}/disbursements`),
  },
  {
    route: "GET /api/aid/proposals/:id/reconciliation",
    allow: read,
    ...onProposal("approvedIn", "approvedOut", (id) => `${A}/proposals/${id}/reconciliation`),
  },
  {
    route: "POST /api/aid/proposals/:id/reconciliation/:findingId/resolve",
    allow: verify,
    ...both(
      "POST",
      (d) => `${A}/proposals/${d.approvedIn}/reconciliation/${d.findingIn}/resolve`,
      (d) => `${A}/proposals/${d.approvedOut}/reconciliation/${d.findingIn}/resolve`,
      { note: "Bank diminta menarik kembali dana." },
    ),
  },
  {
    route: "GET /api/aid/items/:id/letter.pdf",
    allow: propose,
    ...onProposal("approvedItemIn", "itemOut", (id) => `${A}/items/${id}/letter.pdf`),
  },
  {
    route: "POST /api/aid/proposals/:id/items/:itemId/handover",
    allow: propose,
    request: async (f) => {
      const d = await data(f);
      return {
        method: "POST" as const,
        url: `${A}/proposals/${d.inKindIn}/items/${d.inKindItemIn}/handover`,
        ...handoverUpload(),
      };
    },
    outOfScope: async (f) => {
      const d = await data(f);
      return {
        method: "POST" as const,
        url: `${A}/proposals/${d.draftOut}/items/${d.itemOut}/handover`,
        ...handoverUpload(),
      };
    },
  },
  {
    route: "GET /api/aid/proposals/:id/handovers",
    allow: read,
    ...onProposal("inKindIn", "draftOut", (id) => `${A}/proposals/${id}/handovers`),
  },
  {
    route: "GET /api/aid/handovers/:id/receipt",
    allow: read,
    ...onProposal("handoverIn", "handoverOut", (id) => `${A}/handovers/${id}/receipt`),
  },
  {
    route: "GET /api/aid/in-kind-sources",
    allow: manage,
    request: () => ({ url: `${A}/in-kind-sources` }),
  },
  {
    route: "POST /api/aid/programmes/:id/stock-source",
    allow: manage,
    ...onProposal("programme", "programmeOut", (id) => `${A}/programmes/${id}/stock-source`, "POST", {
      procurementId: "00000000-0000-4000-8000-000000000001",
    }),
  },
  {
    route: "GET /api/aid/my-status",
    allow: rolesOf("business.own"),
    request: () => ({ url: `${A}/my-status` }),
  },
  {
    route: "GET /api/aid/reports",
    allow: read,
    ...onProposal("programme", "programmeOut", (id) => `${A}/reports?programmeId=${id}`),
  },
];

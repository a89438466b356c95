// Aid routes in the authorisation matrix, second part.
import type { RouteSpec } from "../../../testing/authz/types";
import { rolesOf } from "../permissions";
import {
  A,
  both,
  data,
  handoverUpload,
  manage,
  onProposal,
  propose,
  read,
  upload,
  verify,
} from "./authz-helpers";
import { bankCsv, decisionCsv } from "./http";

export const aidSpecsB: RouteSpec[] = [
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

// Aid routes in the authorisation matrix, first part.
import type { RouteSpec } from "../../../testing/authz/types";
import { A, both, data, manage, onProposal, propose, read, upload, verify } from "./authz-helpers";

export const aidSpecsA: RouteSpec[] = [
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
];

import { oncePerFixture } from "../../../testing/authz/once-per-fixture";
import type { Fixture, RouteSpec } from "../../../testing/authz/types";
import { rolesOf } from "../permissions";
import { eventBody, seedTrainingAuthz, type TrainingAuthzFixture } from "./authz";
import { multipart } from "./http";

/** Training rows for the specs, created once per fixture. */
export const data = oncePerFixture(seedTrainingAuthz);

const read = rolesOf("training.read");
const manage = rolesOf("training.manage");
const E = "/api/training/events";
const P = "/api/training/prakerja";
const prakerjaRead = rolesOf("training.prakerja.read");
const prakerjaUpload = (regionCode: string) => {
  const body = multipart(
    { name: "Prakerja gelombang 3", regionCode },
    {
      name: "prakerja.csv",
      type: "text/csv",
      content: "No,NIK,Nama Lengkap,Status\n1,6271014101850021,Sari Wulandari,Lulus",
    },
  );
  return { method: "POST" as const, url: `${P}/lists`, headers: body.headers, payload: body.payload };
};
type Key = keyof TrainingAuthzFixture;

const onEvent = (
  inKey: Key,
  outKey: Key,
  path: (id: string) => string,
  method = "GET",
  payload?: unknown,
) => ({
  request: async (f: Fixture) => ({
    method: method as "GET" | "POST",
    url: path((await data(f))[inKey]),
    ...(payload ? { payload } : {}),
  }),
  outOfScope: async (f: Fixture) => ({
    method: method as "GET" | "POST",
    url: path((await data(f))[outKey]),
    ...(payload ? { payload } : {}),
  }),
});

export const trainingSpecs: RouteSpec[] = [
  { route: `GET ${E}`, allow: read, request: () => ({ url: E }) },
  {
    route: `POST ${E}`,
    allow: manage,
    request: () => ({ method: "POST", url: E, payload: eventBody({ regionCode: "62.71" }) }),
    outOfScope: () => ({ method: "POST", url: E, payload: eventBody({ regionCode: "13.10" }) }),
  },
  { route: `GET ${E}/:id`, allow: read, ...onEvent("eventIn", "eventOut", (id) => `${E}/${id}`) },
  {
    route: `POST ${E}/:id/status`,
    allow: manage,
    ...onEvent("eventIn", "eventOut", (id) => `${E}/${id}/status`, "POST", {
      status: "postponed",
      reason: "menunggu petunjuk teknis kementerian",
    }),
  },
  {
    route: `GET ${E}/:id/candidates`,
    allow: manage,
    ...onEvent("eventIn", "eventOut", (id) => `${E}/${id}/candidates`),
  },
  {
    route: `POST ${E}/:id/participants`,
    allow: manage,
    request: async (f) => {
      const d = await data(f);
      return {
        method: "POST",
        url: `${E}/${d.eventIn}/participants`,
        payload: { businessIds: [d.businessIn] },
      };
    },
    outOfScope: async (f) => {
      const d = await data(f);
      return {
        method: "POST",
        url: `${E}/${d.eventOut}/participants`,
        payload: { businessIds: [d.businessIn] },
      };
    },
  },
  {
    route: `POST ${E}/:id/attendance`,
    allow: manage,
    request: async (f) => {
      const d = await data(f);
      return {
        method: "POST",
        url: `${E}/${d.heldIn}/attendance`,
        payload: { participantIds: [d.seatIn], attended: true },
      };
    },
    outOfScope: async (f) => {
      const d = await data(f);
      return {
        method: "POST",
        url: `${E}/${d.heldOut}/attendance`,
        payload: { participantIds: [d.seatOut], attended: true },
      };
    },
  },
  {
    route: `POST ${E}/:id/certificates`,
    allow: manage,
    ...onEvent("heldIn", "heldOut", (id) => `${E}/${id}/certificates`, "POST"),
  },
  {
    route: `GET ${E}/:id/participants/:participantId/certificate.pdf`,
    allow: read,
    request: async (f) => {
      const d = await data(f);
      return { url: `${E}/${d.heldIn}/participants/${d.seatIn}/certificate.pdf` };
    },
    outOfScope: async (f) => {
      const d = await data(f);
      return { url: `${E}/${d.heldOut}/participants/${d.seatOut}/certificate.pdf` };
    },
  },
  {
    route: "GET /api/training/certificates/:code",
    allow: "public",
    request: async (f) => ({ url: `/api/training/certificates/${(await data(f)).certificateIn}` }),
  },
  {
    route: `POST ${P}/lists`,
    allow: rolesOf("training.prakerja.import"),
    request: () => prakerjaUpload("62.71"),
    outOfScope: () => prakerjaUpload("13.10"),
  },
  { route: `GET ${P}/lists`, allow: prakerjaRead, request: () => ({ url: `${P}/lists` }) },
  {
    route: `GET ${P}/lists/:id`,
    allow: prakerjaRead,
    ...onEvent("prakerjaIn", "prakerjaOut", (id) => `${P}/lists/${id}`),
  },
  {
    route: `GET ${P}/businesses/:id`,
    allow: prakerjaRead,
    ...onEvent("businessIn", "businessOut", (id) => `${P}/businesses/${id}`),
  },
];

// Authorisation specs of the owners' side of a training: public pages by event id or personal code,
// and the operator's registrations, invitations, check-in and evaluations.

import { eq } from "drizzle-orm";
import type { Fixture, RouteSpec } from "../../../testing/authz/types";
import { systemCtx, tx } from "../../access";
import { ensureSeatCodes } from "../engagement/seat-codes";
import { rolesOf } from "../permissions";
import { seatCodes } from "../schema-engagement";
import { data } from "./authz-specs";

const manage = rolesOf("training.manage");
const read = rolesOf("training.read");
const E = "/api/training/events";
const P = "/api/training/public";

const codes = new WeakMap<Fixture, Promise<string>>();
/** The personal code of the held in-scope event's seat. */
function seatCode(f: Fixture): Promise<string> {
  let p = codes.get(f);
  if (!p) {
    p = (async () => {
      const d = await data(f);
      const ctx = systemCtx(f.t.database, "test");
      return tx(ctx, async (t) => {
        await ensureSeatCodes(t, d.heldIn);
        const [row] = await t.select().from(seatCodes).where(eq(seatCodes.participantId, d.seatIn));
        return row?.code ?? "";
      });
    })();
    codes.set(f, p);
  }
  return p;
}

const onEvent = (
  path: (id: string) => string,
  method: "GET" | "POST" = "GET",
  payload?: object,
  held = false,
) => ({
  request: async (f: Fixture) => {
    const d = await data(f);
    return { method, url: path(held ? d.heldIn : d.eventIn), ...(payload ? { payload } : {}) };
  },
  outOfScope: async (f: Fixture) => {
    const d = await data(f);
    return { method, url: path(held ? d.heldOut : d.eventOut), ...(payload ? { payload } : {}) };
  },
});

const FAKE = "00000000-0000-4000-8000-000000000000";

export const engagementSpecs: RouteSpec[] = [
  {
    route: `GET ${P}/events/:id`,
    allow: "public",
    request: async (f) => ({ url: `${P}/events/${(await data(f)).eventIn}` }),
  },
  {
    route: `POST ${P}/events/:id/registrations`,
    allow: "public",
    request: async (f) => ({
      method: "POST",
      url: `${P}/events/${(await data(f)).eventIn}/registrations`,
      payload: {
        name: `Pendaftar ${f.unique()}`,
        birthDate: "1979-03-02",
        phone: "081234567890",
        businessName: "Warung",
      },
    }),
  },
  {
    route: `GET ${P}/seats/:code`,
    allow: "public",
    request: async (f) => ({ url: `${P}/seats/${await seatCode(f)}` }),
  },
  {
    route: `GET ${P}/seats/:code/qr.svg`,
    allow: "public",
    request: async (f) => ({ url: `${P}/seats/${await seatCode(f)}/qr.svg` }),
  },
  {
    route: `POST ${P}/seats/:code/join`,
    allow: "public",
    request: async (f) => ({ method: "POST", url: `${P}/seats/${await seatCode(f)}/join` }),
  },
  {
    route: `POST ${P}/seats/:code/evaluation`,
    allow: "public",
    request: async (f) => ({
      method: "POST",
      url: `${P}/seats/${await seatCode(f)}/evaluation`,
      payload: { content: 4, trainer: 5, usefulness: 4 },
    }),
  },
  { route: `GET ${E}/:id/registrations`, allow: manage, ...onEvent((id) => `${E}/${id}/registrations`) },
  {
    route: `POST ${E}/:id/registrations/:registrationId/link`,
    allow: manage,
    ...onEvent((id) => `${E}/${id}/registrations/${FAKE}/link`, "POST", { businessId: FAKE }),
  },
  {
    route: `POST ${E}/:id/registrations/:registrationId/refuse`,
    allow: manage,
    ...onEvent((id) => `${E}/${id}/registrations/${FAKE}/refuse`, "POST", { reason: "bukan pelaku usaha" }),
  },
  { route: `GET ${E}/:id/invitations`, allow: manage, ...onEvent((id) => `${E}/${id}/invitations`) },
  {
    route: `POST ${E}/:id/invitations/:participantId/sent`,
    allow: manage,
    request: async (f) => {
      const d = await data(f);
      await seatCode(f);
      return { method: "POST", url: `${E}/${d.heldIn}/invitations/${d.seatIn}/sent` };
    },
    outOfScope: async (f) => {
      const d = await data(f);
      return { method: "POST", url: `${E}/${d.heldOut}/invitations/${d.seatOut}/sent` };
    },
  },
  {
    route: `POST ${E}/:id/check-in`,
    allow: manage,
    ...onEvent((id) => `${E}/${id}/check-in`, "POST", { code: "PST-AAAAAAAAA", method: "typed" }, true),
  },
  {
    route: `GET ${E}/:id/evaluations`,
    allow: read,
    ...onEvent((id) => `${E}/${id}/evaluations`, "GET", undefined, true),
  },
];

// Authorisation rows of the training follow-ups (reusing the training fixture's held events).
import type { Fixture, RouteSpec } from "../../../testing/authz/types";
import { rolesOf } from "../permissions";
import { seedTrainingAuthz, type TrainingAuthzFixture } from "./authz";

const cache = new WeakMap<Fixture, Promise<TrainingAuthzFixture>>();
function data(f: Fixture): Promise<TrainingAuthzFixture> {
  let p = cache.get(f);
  if (!p) {
    p = seedTrainingAuthz(f.t.database);
    cache.set(f, p);
  }
  return p;
}

const F = "/api/training/follow-ups";
const body = (participantId: string) => ({
  participantId,
  checkpoint: 3,
  sizeClass: "kecil",
  monthlyTurnover: 25_000_000,
});

export const outcomeSpecs: RouteSpec[] = [
  { route: `GET ${F}`, allow: rolesOf("training.read"), request: () => ({ url: `${F}?status=due` }) },
  {
    route: `POST ${F}`,
    allow: rolesOf("training.manage"),
    request: async (f) => ({ method: "POST", url: F, payload: body((await data(f)).seatIn) }),
    outOfScope: async (f) => ({ method: "POST", url: F, payload: body((await data(f)).seatOut) }),
  },
];

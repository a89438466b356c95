// Authorisation of the store product made from a registry production pivot (one pivot in scope,
// one outside every Kalimantan Tengah scope).
import type { Fixture, RouteSpec } from "../../../testing/authz/types";
import { systemCtx } from "../../access";
import { addPivot, createBusiness } from "../../registry";
import { businessBody, VILLAGE_IN, VILLAGE_OUT } from "../../registry/testing/fixtures";

const MANAGE = ["admin_provinsi", "konsultan_plut"] as const;
const pivots = new WeakMap<Fixture, Promise<{ pivotIn: string; pivotOut: string }>>();

async function setUp(f: Fixture) {
  const ctx = systemCtx(f.t.database, "test");
  const pivot = async (village: string) => {
    const { page } = await createBusiness({ ctx, input: businessBody({ village }) });
    const input = { before: "Baju", after: "Masker kain", since: "2020-04-01" };
    return (await addPivot({ ctx, businessId: page.business.id, input })).id;
  };
  return { pivotIn: await pivot(VILLAGE_IN), pivotOut: await pivot(VILLAGE_OUT) };
}

function pivotFacts(f: Fixture) {
  let p = pivots.get(f);
  if (!p) {
    p = setUp(f);
    pivots.set(f, p);
  }
  return p;
}

const body = (pivotId: string) => ({ pivotId, unit: "lembar", category: "Masker", price: 5000 });

export const pivotSpecs: RouteSpec[] = [
  {
    route: "POST /api/market/admin/products/from-pivot",
    allow: MANAGE,
    request: async (f) => ({
      method: "POST",
      url: "/api/market/admin/products/from-pivot",
      payload: body((await pivotFacts(f)).pivotIn),
    }),
    outOfScope: async (f) => ({
      method: "POST",
      url: "/api/market/admin/products/from-pivot",
      payload: body((await pivotFacts(f)).pivotOut),
    }),
  },
];

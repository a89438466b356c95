// The query mix of the list/search benchmark, built from rows actually in the register: list pages
// with filters at national, province and regency scope, and searches by misspelt owner or business
// name, NIK and phone. Every query goes through the real verb (listBusinesses).
import type { Ctx } from "../../src/server/modules/access";
import type { BusinessListQuery } from "../../src/server/modules/registry/contract-register";
import type { Database } from "../../src/server/platform/db/pool";
import { mulberry32 } from "../../src/shared/rng";

export type Case = { kind: "list" | "search"; label: string; ctx: Ctx; query: BusinessListQuery };

type Sample = { owner: string; business: string; nik: string; phone: string | null; region: string };

export function userCtx(db: Database, scope: string, role: "admin_provinsi" | "operator_kabkota"): Ctx {
  return {
    db,
    actor: {
      kind: "user",
      userId: "00000000-0000-7000-8000-00000000beef",
      username: "bench",
      role,
      scope,
      businessId: null,
    },
    now: new Date(),
    requestId: "bench",
    lang: "id",
  };
}

/** One typing mistake: a letter dropped, doubled, swapped with its neighbour or replaced. */
export function typo(r: () => number, text: string): string {
  const letters = [...text];
  const positions = letters.map((c, i) => (/\p{L}/u.test(c) ? i : -1)).filter((i) => i > 0);
  if (positions.length < 4) return text;
  const i = positions[Math.floor(r() * positions.length)] as number;
  const kind = Math.floor(r() * 4);
  const c = letters[i] as string;
  if (kind === 0) letters.splice(i, 1);
  else if (kind === 1) letters.splice(i, 0, c);
  else if (kind === 2 && i + 1 < letters.length) [letters[i], letters[i + 1]] = [letters[i + 1] as string, c];
  else letters[i] = "aiueo"[Math.floor(r() * 5)] as string;
  return letters.join("");
}

const Q = (q: Partial<BusinessListQuery>): BusinessListQuery => ({ limit: 50, offset: 0, ...q });

export async function buildCases(db: Database, count: number): Promise<Case[]> {
  const r = mulberry32(42);
  const big = await db.pool.query<{ province: string; regency: string; district: string }>(`
    select substr(region_code, 1, 2) as province, substr(region_code, 1, 5) as regency, substr(region_code, 1, 8) as district
    from registry.businesses tablesample system (1) group by 1, 2, 3 order by count(*) desc limit 20`);
  // A 0.1 % page sample of a small register (a smoke run) can be empty: then the first rows.
  const sampleFrom = async (from: string) =>
    (
      await db.pool.query<Sample>(`
      select p.name as owner, b.name as business, p.nik, p.phone, b.region_code as region
      from ${from} join registry.persons p on p.id = b.owner_id limit 2000`)
    ).rows;
  let samples = await sampleFrom("registry.businesses b tablesample system (0.1)");
  if (samples.length === 0) samples = await sampleFrom("registry.businesses b");
  const national: Ctx = { ...userCtx(db, "*", "admin_provinsi") };
  const cases: Case[] = [];
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;
  for (let i = 0; i < count; i++) {
    const place = pick(big.rows);
    const s = pick(samples);
    const province = userCtx(db, place.province, "admin_provinsi");
    const regency = userCtx(db, place.regency, "operator_kabkota");
    const lists: Case[] = [
      { kind: "list", label: "national, newest first", ctx: national, query: Q({}) },
      { kind: "list", label: "province, sector", ctx: province, query: Q({ sector: "kuliner" }) },
      {
        kind: "list",
        label: "regency, affected + micro",
        ctx: regency,
        query: Q({ affected: true, size: "mikro" }),
      },
      {
        kind: "list",
        label: "national, open kendala",
        ctx: national,
        query: Q({ hasOpenConstraints: true }),
      },
      { kind: "list", label: "province, by name", ctx: province, query: Q({ sort: "name" }) },
      {
        kind: "list",
        label: "regency, source import + active",
        ctx: regency,
        query: Q({ source: "import", status: "active" }),
      },
      { kind: "list", label: "national, medium size", ctx: national, query: Q({ size: "menengah" }) },
      {
        kind: "list",
        label: "province, district filter",
        ctx: province,
        query: Q({ region: place.district }),
      },
    ];
    const searches: Case[] = [
      {
        kind: "search",
        label: "owner name with a typo, national",
        ctx: national,
        query: Q({ q: typo(r, s.owner) }),
      },
      {
        kind: "search",
        label: "business name with a typo, province",
        ctx: userCtx(db, s.region.slice(0, 2), "admin_provinsi"),
        query: Q({ q: typo(r, s.business) }),
      },
      {
        kind: "search",
        label: "owner name, regency",
        ctx: userCtx(db, s.region.slice(0, 5), "operator_kabkota"),
        query: Q({ q: typo(r, s.owner) }),
      },
      { kind: "search", label: "NIK exact, national", ctx: national, query: Q({ q: s.nik }) },
      { kind: "search", label: "phone, national", ctx: national, query: Q({ q: s.phone ?? s.nik }) },
    ];
    cases.push(...lists, ...searches);
  }
  return cases;
}

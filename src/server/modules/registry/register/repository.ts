// Reads of persons and businesses, and the mapping from rows to the contract's shapes. Queries run
// inside the caller's scoped transaction, so row-level security hides what lies out of scope.
import { eq, inArray, sql } from "drizzle-orm";
import { maskIdentity } from "../../../../shared/mask";
import type { Db, Tx } from "../../../platform/db/pool";
import type { Business, Person } from "../contract-business-page";
import { businesses, persons } from "../schema";

export type PersonRow = typeof persons.$inferSelect;
export type BusinessRow = typeof businesses.$inferSelect;
type Conn = Db | Tx;

const iso = (d: Date): string => d.toISOString();

export function toPerson(r: PersonRow, reveal: boolean): Person {
  return {
    id: r.id,
    nik: reveal ? r.nik : (maskIdentity(r.nik) ?? ""),
    noKk: reveal ? r.noKk : maskIdentity(r.noKk),
    nikRevealed: reveal,
    name: r.name,
    sex: r.sex,
    birthPlace: r.birthPlace,
    birthDate: r.birthDate,
    phone: r.phone,
    street: r.street,
    rt: r.rt,
    rw: r.rw,
    villageCode: r.villageCode,
    regionCode: r.regionCode,
    createdAt: iso(r.createdAt),
    updatedAt: iso(r.updatedAt),
  };
}

export function toBusiness(r: BusinessRow, regionName: string | null): Business {
  return {
    id: r.id,
    clientId: r.clientId,
    name: r.name,
    nib: r.nib,
    sector: r.sector,
    kbliCode: r.kbliCode,
    kbliVersion: r.kbliVersion,
    products: r.products,
    dailyCapacity: r.dailyCapacity,
    employees: r.employees,
    salesChannels: r.salesChannels,
    street: r.street,
    rt: r.rt,
    rw: r.rw,
    regionCode: r.regionCode,
    regionName,
    assets: r.assets,
    annualTurnover: r.annualTurnover,
    sizeClass: r.sizeClass,
    sizeRule: r.sizeRule,
    sizeAsOf: r.sizeAsOf,
    status: r.status,
    ownerId: r.ownerId,
    entityId: r.entityId,
    sourceKind: r.sourceKind,
    affected: r.affected,
    openConstraints: r.openConstraints,
    createdAt: iso(r.createdAt),
    updatedAt: iso(r.updatedAt),
  };
}

export async function findBusinessRow(db: Conn, id: string): Promise<BusinessRow | undefined> {
  const rows = await db.select().from(businesses).where(eq(businesses.id, id)).limit(1);
  return rows[0];
}

export async function findBusinessByClientId(db: Conn, clientId: string): Promise<BusinessRow | undefined> {
  const rows = await db.select().from(businesses).where(eq(businesses.clientId, clientId)).limit(1);
  return rows[0];
}

export async function findPersonRow(db: Conn, id: string): Promise<PersonRow | undefined> {
  const rows = await db.select().from(persons).where(eq(persons.id, id)).limit(1);
  return rows[0];
}

export async function findPersonsByNik(db: Conn, nik: string): Promise<PersonRow[]> {
  return db.select().from(persons).where(eq(persons.nik, nik)).orderBy(persons.id).limit(50);
}

export async function findPersonRows(db: Conn, ids: readonly string[]): Promise<PersonRow[]> {
  if (ids.length === 0) return [];
  return db
    .select()
    .from(persons)
    .where(inArray(persons.id, [...ids]));
}

export async function findBusinessRows(db: Conn, ids: readonly string[]): Promise<BusinessRow[]> {
  if (ids.length === 0) return [];
  return db
    .select()
    .from(businesses)
    .where(inArray(businesses.id, [...ids]));
}

/** Region names for display (regions is reference data readable by every role). */
export async function regionNames(db: Conn, codes: readonly string[]): Promise<Map<string, string>> {
  const unique = [...new Set(codes)];
  if (unique.length === 0) return new Map();
  const rows = await db.execute<{ code: string; name: string }>(
    sql`select code, name from regions.regions where code = any(${sql.param(unique)}::text[])`,
  );
  return new Map(rows.rows.map((r) => [r.code, r.name]));
}

export async function regionExists(db: Conn, code: string): Promise<boolean> {
  const rows = await db.execute(sql`select 1 from regions.regions where code = ${code}`);
  return rows.rows.length > 0;
}

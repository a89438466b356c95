// The fields a person compares to settle a sync conflict, read from the server's stored page and
// from the body this device sent. NIKs are compared masked: the server never sends them in full here.
import type { BusinessPage } from "../../../../../server/modules/registry/contract-business-page";
import type { CreateBusinessBody } from "../../../../../server/modules/registry/contract-register";
import { maskIdentity } from "../../../../../shared/mask";
import { formatRupiah } from "../../../../../shared/money";

export type ConflictRow = { key: ConflictField; server: string; mine: string; differs: boolean };

export type ConflictField =
  | "name"
  | "nik"
  | "birthDate"
  | "phone"
  | "businessName"
  | "sector"
  | "products"
  | "region"
  | "affected"
  | "turnoverBefore"
  | "turnoverAfter";

const money = (value: number | null | undefined) => (typeof value === "number" ? formatRupiah(value) : "—");
const plain = (value: string | null | undefined) => (value && value.trim() !== "" ? value : "—");
const yesNo = (value: boolean | null | undefined) => (value === true ? "✓" : value === false ? "✗" : "—");

/** `sectorName` turns a sector code into words (the UI language). */
export function conflictRows(
  server: BusinessPage,
  mine: CreateBusinessBody,
  sectorName: (code: string) => string = (code) => code,
): ConflictRow[] {
  const latest = server.impacts[0];
  const owner = mine.owner;
  const pairs: Array<[ConflictField, string, string]> = [
    ["name", plain(server.owner.name), plain(owner?.name)],
    ["nik", plain(server.owner.nik), plain(maskIdentity(owner?.nik ?? null))],
    ["birthDate", plain(server.owner.birthDate), plain(owner?.birthDate)],
    ["phone", plain(server.owner.phone), plain(owner?.phone)],
    ["businessName", plain(server.business.name), plain(mine.business.name)],
    ["sector", sectorName(server.business.sector), sectorName(mine.business.sector)],
    ["products", plain(server.business.products), plain(mine.business.products)],
    ["region", server.business.regionCode, mine.business.regionCode],
    ["affected", yesNo(latest?.affected), yesNo(mine.impact?.affected)],
    ["turnoverBefore", money(latest?.turnoverBefore), money(mine.impact?.turnoverBefore)],
    ["turnoverAfter", money(latest?.turnoverAfter), money(mine.impact?.turnoverAfter)],
  ];
  return pairs.map(([key, s, m]) => ({ key, server: s, mine: m, differs: s !== m }));
}

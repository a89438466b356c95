// Test fixtures: a canonical register person and helpers to derive look-alikes from it.
import { prepareRecord } from "./prepare";
import type { LinkRecord, Prepared } from "./types";

export const BASE: LinkRecord = {
  id: "A",
  nationalId: "6271011506850003",
  familyId: "6271010101120005",
  fullName: "Muhammad Rizki Pratama",
  sex: "L",
  birthPlace: "Palangka Raya",
  birthDate: "1985-06-15",
  address: "Jl. Tjilik Riwut No. 12",
  rt: "002",
  rw: "003",
  regionCode: "62.71.01.1001",
  phone: "+6281234567890",
  businessName: "Warung Makan Berkah",
  businessField: "Kuliner",
};

export function rec(id: string, overrides: Partial<LinkRecord> = {}): LinkRecord {
  return { ...BASE, ...overrides, id };
}

export function prep(id: string, overrides: Partial<LinkRecord> = {}): Prepared {
  return prepareRecord(rec(id, overrides));
}

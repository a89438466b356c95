// Register data for linkage tests and authorisation specs: one owner typed twice in Palangka Raya
// (office form, then a field assistant with a spelling variant and a mistyped NIK: one NIK is one
// person in the register, so a second record differs in its NIK), another owner, and a record in
// Kotawaringin Timur that an operator of Palangka Raya must not see.

import type { Database } from "../../../platform/db/pool";
import { systemCtx } from "../../access";
import { createBusiness } from "../../registry";

export const VILLAGE_PR = "62.71.01.1003"; // Langkai, Palangka Raya
export const VILLAGE_KOTIM = "62.02.01.1009"; // Kota Besi Hulu, Kotawaringin Timur

let serial = 500;

/** A NIK registered in the village's district, born 12 May 1980 (women: day + 40), fresh serial. */
export function linkageNik(village = VILLAGE_PR, sex: "L" | "P" = "P", day = "12"): string {
  const district = village.slice(0, 8).replace(/\./g, "");
  serial = (serial % 9998) + 1;
  const dd = sex === "P" ? String(Number(day) + 40) : day;
  return `${district}${dd}0580${String(serial).padStart(4, "0")}`;
}

type Person = {
  nik: string;
  name: string;
  sex: "L" | "P";
  birthDate: string;
  phone?: string;
  village: string;
  business: string;
  kind: "form" | "field";
};

async function add(database: Database, p: Person): Promise<{ businessId: string; personId: string }> {
  const ctx = systemCtx(database, "test");
  const out = await createBusiness({
    ctx,
    input: {
      owner: {
        nik: p.nik,
        name: p.name,
        sex: p.sex,
        birthDate: p.birthDate,
        ...(p.phone ? { phone: p.phone } : {}),
        rt: "2",
        rw: "5",
        villageCode: p.village,
      },
      business: { name: p.business, sector: "konveksi", regionCode: p.village },
      source: { kind: p.kind },
      // Planted duplicates on purpose: past the registry's duplicate gate with a reason (allowed
      // for a probable match under another NIK).
      duplicateDecision: { kind: "new_person", reason: "planted duplicate (test)" },
    },
  });
  return { businessId: out.page.business.id, personId: out.page.owner.id };
}

/**
 * The serial's first two digits swapped (or the first one mistyped when they are equal): still a
 * valid NIK, another one, and not one of the next fresh serials.
 */
export function mistypedNik(nik: string): string {
  const [a, b] = [nik[12] ?? "0", nik[13] ?? "0"];
  const slip = a === b ? `${(Number(a) + 1) % 10}${b}` : `${b}${a}`;
  return `${nik.slice(0, 12)}${slip}${nik.slice(14)}`;
}

export type DuplicateFixture = {
  nik: string;
  /** The duplicate's NIK: `nik` with one digit mistyped. */
  duplicateNik: string;
  otherNik: string;
  original: { businessId: string; personId: string };
  duplicate: { businessId: string; personId: string };
  other: { businessId: string; personId: string };
  kotim: { businessId: string; personId: string };
};

/** Seeds one planted duplicate pair (returns ids); call once per pair wanted. */
export async function seedDuplicatePair(
  database: Database,
  name = "Siti Aminah",
  variant = "Sitti Aminah",
): Promise<DuplicateFixture> {
  const nik = linkageNik();
  const base = {
    nik,
    sex: "P" as const,
    birthDate: "1980-05-12",
    phone: "0812-5550-1234",
    village: VILLAGE_PR,
  };
  const original = await add(database, { ...base, name, business: `Penjahit ${name}`, kind: "form" });
  const duplicateNik = mistypedNik(nik);
  const duplicate = await add(database, {
    ...base,
    nik: duplicateNik,
    name: variant,
    business: `Jahit Bu ${variant}`,
    kind: "field",
  });
  const otherNik = linkageNik(VILLAGE_PR, "L", "03");
  const other = await add(database, {
    nik: otherNik,
    name: "Budi Santoso",
    sex: "L",
    birthDate: "1980-05-03",
    village: VILLAGE_PR,
    business: "Bengkel Budi",
    kind: "form",
  });
  const kotim = await add(database, {
    ...base,
    nik: linkageNik(VILLAGE_KOTIM),
    village: VILLAGE_KOTIM,
    name,
    business: `Penjahit ${name}`,
    kind: "form",
  });
  return { nik, duplicateNik, otherNik, original, duplicate, other, kotim };
}

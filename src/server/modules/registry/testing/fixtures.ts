// Valid register payloads for tests and authorisation specs (NIKs agree with district, date, sex).

import type { Database } from "../../../platform/db/pool";
import { systemCtx } from "../../access";
import { reportConstraint } from "../constraints/manage-constraints";
import type { CreateBusinessBody } from "../contract-register";
import { createCooperative } from "../cooperatives/manage-cooperatives";
import { createBusiness } from "../register/create-business";

export const VILLAGE_IN = "62.71.01.1003"; // Langkai, Palangka Raya
export const VILLAGE_OUT = "13.10.01.2002"; // Koto Baru, Dharmasraya

let serial = 1;

/** A NIK registered in the village's district for a woman born 12 May 1980, with a fresh serial. */
export function testNik(village = VILLAGE_IN, sex: "L" | "P" = "P"): string {
  const district = village.slice(0, 8).replace(/\./g, "");
  serial = (serial % 9998) + 1;
  return `${district}${sex === "P" ? "52" : "12"}0580${String(serial).padStart(4, "0")}`;
}

/**
 * The serial's first digit mistyped: a valid NIK of another person, as a clerk's slip makes it (not
 * the next fresh serial). One NIK is one person, so a second record of an owner differs here.
 */
export function mistypedNik(nik: string): string {
  return `${nik.slice(0, 12)}${(Number(nik[12] ?? "0") + 1) % 10}${nik.slice(13)}`;
}

const FIRST = ["Siti", "Dewi", "Rina", "Nur", "Yuliana", "Maria", "Kartini", "Ratna", "Fitri", "Lilis"];
const LAST = ["Rahmawati", "Lestari", "Marlina", "Aisyah", "Handayani", "Suryani", "Juwita", "Wulandari"];
let person = 0;

/** Distinct owners by default, so the duplicate gate does not take two test records for one person. */
function nextName(): string {
  const i = person++;
  return `${FIRST[i % FIRST.length]} ${LAST[Math.floor(i / FIRST.length) % LAST.length]}`;
}

export function businessBody(
  over: { village?: string; name?: string; clientId?: string; nik?: string } = {},
): CreateBusinessBody {
  const village = over.village ?? VILLAGE_IN;
  return {
    ...(over.clientId ? { clientId: over.clientId } : {}),
    owner: {
      nik: over.nik ?? testNik(village),
      name: over.name ?? nextName(),
      sex: "P",
      birthDate: "1980-05-12",
      phone: "0812-3456-7890",
      rt: "2",
      rw: "5",
      villageCode: village,
    },
    business: {
      name: "Penjahit Bu Siti",
      sector: "konveksi",
      regionCode: village,
      dailyCapacity: 50,
      annualTurnover: 60_000_000,
      sizeAsOf: "2020-05-01",
    },
    impact: {
      assessedOn: "2020-05-04",
      turnoverBefore: 5_000_000,
      turnoverAfter: 2_000_000,
      affected: true,
      reasons: ["demand_down"],
    },
  };
}

export type RegistryFixture = {
  businessIn: string;
  personIn: string;
  constraintIn: string;
  businessOut: string;
  personOut: string;
  constraintOut: string;
  cooperativeIn: string;
  cooperativeOut: string;
};

/** One business with a kendala inside Palangka Raya and one in Dharmasraya (outside Kalteng scopes). */
export async function seedRegistryFixture(database: Database): Promise<RegistryFixture> {
  const ctx = systemCtx(database, "test");
  const inside = await createBusiness({ ctx, input: businessBody({ village: VILLAGE_IN }) });
  const outside = await createBusiness({
    ctx,
    input: businessBody({ village: VILLAGE_OUT, name: "Yusnidar" }),
  });
  const cIn = await reportConstraint({
    ctx,
    businessId: inside.page.business.id,
    input: { type: "raw_material", description: "Karet masker habis" },
  });
  const cOut = await reportConstraint({
    ctx,
    businessId: outside.page.business.id,
    input: { type: "capital", description: "Modal habis" },
  });
  const coop = (name: string, regionCode: string) =>
    createCooperative({ ctx, input: { name, sector: "perdagangan", regionCode, members: 25 } });
  const coopIn = await coop("KSU Betang Lestari", VILLAGE_IN);
  const coopOut = await coop("KSU Koto Baru", VILLAGE_OUT);
  return {
    cooperativeIn: coopIn.id,
    cooperativeOut: coopOut.id,
    businessIn: inside.page.business.id,
    personIn: inside.page.owner.id,
    constraintIn: cIn.id,
    businessOut: outside.page.business.id,
    personOut: outside.page.owner.id,
    constraintOut: cOut.id,
  };
}

// The linkage demo (S7): in Palangka Raya, a few owners typed again by the field assistant with
// name variants (planted duplicates), a dedup run over the city so the review queue has work, and
// the outside list "DTKS Kemensos April 2020" linked to the register for the irisan report.
// Idempotent (the list marks it done) and fast (a few hundred records).
import { eq } from "drizzle-orm";
import type { Database } from "../../../platform/db/pool";
import { AppError } from "../../../platform/errors";
import { type Ctx, systemCtx, tx } from "../../access";
import { createBusiness, type LinkSourceRow } from "../../registry";
import { readRegister } from "../dedup/read-register";
import { refreshKeysInRegion } from "../dedup/refresh-keys";
import { performDedupRun } from "../dedup/run-dedup";
import { insertRun } from "../dedup/run-scope";
import { performLinkRun } from "../lists/link-list";
import { findList } from "../lists/repository";
import { storeList } from "../lists/upload-list";
import { lists } from "../schema";
import { demoListCsv, demoListRows } from "./demo-list";
import { businessVariant, dateSwap, nameVariant, nikSlip, nikTypo } from "./demo-variants";

export const DEMO_LIST_NAME = "DTKS Kemensos April 2020";
const CITY = "62.71";
const PROVINCE = "62";
const DUPLICATES = 6;
const LIST_OWNERS = 36;

export type LinkageDemoResult = {
  skipped: boolean;
  duplicates: number;
  pairs: number;
  listRows: number;
  ms: number;
};

async function plantDuplicates(database: Database, owners: readonly LinkSourceRow[]): Promise<number> {
  // Recorded as the field assistant's work, so the record's source names them.
  const ctx = systemCtx(database, "pendamping.palangkaraya");
  let planted = 0;
  for (const [k, o] of owners.entries()) {
    // One NIK is one person in the register, so a second record of an owner is one whose NIK was
    // mistyped (swapped digits or a wrong key): the case the linkage engine is for. A slip that hits
    // another registered person's NIK is refused by the gate: the other slip then, else none.
    const slips = k % 2 === 0 ? [nikSlip(o.nik), nikTypo(o.nik)] : [nikTypo(o.nik), nikSlip(o.nik)];
    for (const nik of slips)
      if (await plantOne(ctx, o, k, nik)) {
        planted++;
        break;
      }
  }
  return planted;
}

async function plantOne(ctx: Ctx, o: LinkSourceRow, k: number, nik: string): Promise<boolean> {
  const birthDate = k === 1 && o.birthDate ? dateSwap(o.birthDate) : o.birthDate;
  try {
    await createBusiness({
      ctx,
      input: {
        owner: {
          nik,
          name: nameVariant(o.name, o.sex, k),
          sex: o.sex ?? "P",
          ...(birthDate ? { birthDate } : {}),
          ...(o.phone ? { phone: o.phone } : {}),
          ...(o.personStreet ? { street: o.personStreet } : {}),
          ...(o.villageCode ? { villageCode: o.villageCode } : {}),
        },
        business: { name: businessVariant(o.businessName), sector: o.sector, regionCode: o.regionCode },
        source: { kind: "field", note: "Pendataan lapangan oleh pendamping (data ganda untuk demo)" },
        // Planted on purpose for the review queue: past the registry's duplicate gate with a reason.
        duplicateDecision: { kind: "new_person", reason: "Data ganda sengaja untuk demo pencocokan" },
      },
    });
    return true;
  } catch (err) {
    if (err instanceof AppError && err.code === "NIK_ALREADY_REGISTERED") return false;
    throw err;
  }
}

async function seedList(ctx: Ctx, owners: readonly LinkSourceRow[]): Promise<number> {
  const rows = demoListRows(owners, `${CITY}.01.1003`);
  const listId = await storeList(ctx, {
    fields: {
      name: DEMO_LIST_NAME,
      kind: "dtks",
      source: "Kemensos (DTKS)",
      asOf: "2020-04-30",
      regionCode: CITY,
    },
    file: {
      name: "dtks-kemensos-april-2020-palangka-raya.csv",
      mime: "text/csv",
      data: Buffer.from(demoListCsv(rows)),
    },
    rows,
  });
  const run = await insertRun(ctx, { kind: "link", region: CITY, listId });
  const list = await tx(ctx, (t) => findList(t, listId));
  if (!list) throw new Error("demo list vanished");
  await performLinkRun(ctx, { run, list }, async () => {});
  return rows.length;
}

/** Seeds the linkage demo unless the demo list exists already. Call after the registry demo. */
export async function seedLinkageDemo(database: Database): Promise<LinkageDemoResult> {
  const started = performance.now();
  const ctx = systemCtx(database, "demo");
  const done = await tx(ctx, (t) =>
    t.select({ id: lists.id }).from(lists).where(eq(lists.name, DEMO_LIST_NAME)).limit(1),
  );
  if (done.length > 0)
    return { skipped: true, duplicates: 0, pairs: 0, listRows: 0, ms: performance.now() - started };
  const register = (await readRegister(ctx, CITY)).filter((r) => r.birthDate && r.phone && r.sex);
  if (register.length === 0)
    return { skipped: true, duplicates: 0, pairs: 0, listRows: 0, ms: performance.now() - started };
  const sorted = [...register].sort((a, b) =>
    a.name < b.name ? -1 : a.name > b.name ? 1 : a.businessId < b.businessId ? -1 : 1,
  );
  const step = Math.max(1, Math.floor(sorted.length / DUPLICATES));
  const dupOwners = sorted.filter((_, i) => i % step === 0).slice(0, DUPLICATES);
  const duplicates = await plantDuplicates(database, dupOwners);
  const run = await insertRun(ctx, { kind: "dedup", region: CITY });
  const stats = await performDedupRun(ctx, run, async () => {});
  const listOwners = sorted.filter((_, i) => i % step !== 0).slice(0, LIST_OWNERS);
  const listRows = await seedList(ctx, listOwners);
  // The run refreshed the city's match keys; the hint needs the whole province's too.
  await refreshKeysInRegion(ctx, PROVINCE);
  return {
    skipped: false,
    duplicates,
    pairs: stats.pairsStored,
    listRows,
    ms: Math.round(performance.now() - started),
  };
}

// Rows the authorisation specs need: pairs, merges and lists inside Palangka Raya and in
// Dharmasraya (13.10, outside every Kalimantan Tengah scope).

import type { Database } from "../../../platform/db/pool";
import { newId } from "../../../platform/ids";
import { systemCtx, tx } from "../../access";
import { createBusiness } from "../../registry";
import { decidePair } from "../review/decide-pair";
import { lists, pairs } from "../schema";
import { linkageNik, mistypedNik, seedDuplicatePair } from "./fixtures";

const VILLAGE_OUT = "13.10.01.2002";

export type LinkageAuthzFixture = {
  pairIn: string;
  pairOut: string;
  mergeIn: string;
  mergeOut: string;
  listIn: string;
  listOut: string;
  businessIn: string;
  businessOut: string;
};

async function outsidePair(database: Database, name: string): Promise<[string, string]> {
  const ctx = systemCtx(database, "test");
  const nik = linkageNik(VILLAGE_OUT);
  const ids: string[] = [];
  // The second record's NIK mistyped: one NIK is one person in the register.
  for (const [n, k] of [
    [name, nik],
    [`${name}.`, mistypedNik(nik)],
  ] as const) {
    const out = await createBusiness({
      ctx,
      input: {
        owner: { nik: k, name: n, sex: "P", birthDate: "1980-05-12", villageCode: VILLAGE_OUT },
        business: { name: `Warung ${name}`, sector: "kuliner", regionCode: VILLAGE_OUT },
        duplicateDecision: { kind: "new_person", reason: "planted duplicate (test)" },
      },
    });
    ids.push(out.page.business.id);
  }
  return [ids[0] ?? "", ids[1] ?? ""];
}

export async function seedLinkageAuthz(database: Database): Promise<LinkageAuthzFixture> {
  const ctx = systemCtx(database, "test");
  const a = await seedDuplicatePair(database);
  const b = await seedDuplicatePair(database, "Rahmawati", "Rachmawati");
  const [o1, o2] = await outsidePair(database, "Yusnidar");
  const [o3, o4] = await outsidePair(database, "Nurhasanah");
  const runId = newId();
  const pair = (recordA: string, recordB: string, regionCode: string) => ({
    id: newId(),
    regionCode,
    runId,
    recordA: recordA < recordB ? recordA : recordB,
    recordB: recordA < recordB ? recordB : recordA,
    weight: 12,
    probability: 0.9998,
    decision: "match" as const,
    explanation: { contributions: [] },
  });
  const rows = [
    pair(a.original.businessId, a.duplicate.businessId, "62.71"),
    pair(b.original.businessId, b.duplicate.businessId, "62.71"),
    pair(o1, o2, "13.10"),
    pair(o3, o4, "13.10"),
  ];
  const list = (regionCode: string) => ({
    id: newId(),
    regionCode,
    name: `Daftar ${regionCode}`,
    kind: "dtks" as const,
    createdByName: "test",
    state: "linked" as const,
  });
  const listIn = list("62.71");
  const listOut = list("13.10");
  await tx(ctx, async (t) => {
    // A dedup run started by another spec may have paired these records already: take over its row.
    for (const row of rows) {
      const [saved] = await t
        .insert(pairs)
        .values(row)
        .onConflictDoUpdate({
          target: [pairs.recordA, pairs.recordB],
          set: { status: "open", decision: "match" },
        })
        .returning({ id: pairs.id });
      row.id = saved?.id ?? row.id;
    }
    await t.insert(lists).values([listIn, listOut]);
  });
  const mergeIn = await decidePair({ ctx, id: rows[1]?.id ?? "", input: { decision: "accept" } });
  const mergeOut = await decidePair({ ctx, id: rows[3]?.id ?? "", input: { decision: "accept" } });
  return {
    pairIn: rows[0]?.id ?? "",
    pairOut: rows[2]?.id ?? "",
    mergeIn: mergeIn.merge?.id ?? "",
    mergeOut: mergeOut.merge?.id ?? "",
    listIn: listIn.id,
    listOut: listOut.id,
    businessIn: a.original.businessId,
    businessOut: o1,
  };
}

// Outside lists (DTKS Kemensos, Prakerja, any uploaded list) through the linkage module: evidence
// for a human, never an automatic exclusion (UU PDP).
import type { Ctx } from "../../access";
import { findOnOutsideListsBatch } from "../../linkage";
import { isUsableIdentifier, type OutsideHit } from "../domain";
import type { CheckableItem } from "../repository";

export async function outsideHits(
  ctx: Ctx,
  items: readonly CheckableItem[],
): Promise<Map<string, OutsideHit[]>> {
  const found = await findOnOutsideListsBatch({
    ctx,
    subjects: items.map((i) => ({
      key: i.id,
      nik: isUsableIdentifier(i.nik) ? i.nik : null,
      personId: i.personId,
      businessId: i.businessId,
    })),
  });
  const out = new Map<string, OutsideHit[]>();
  for (const [key, hits] of found) {
    out.set(
      key,
      hits.map((h) => ({
        list: h.listName,
        recordId: h.rowId,
        name: h.name ?? "",
        weight: Math.round((h.probability ?? h.weight ?? 0) * 1000) / 1000,
        matchedOn: h.via === "nik" ? ["nik"] : ["link"],
      })),
    );
  }
  return out;
}

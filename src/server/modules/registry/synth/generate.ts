// Streams a synthetic register: households → entities → original and duplicate rows, shuffled
// through a buffer so that duplicates are not neighbours, each row with its true entity id.

import { drawsFrom, sfc32 } from "../../../../shared/rng";
import { makeDuplicate } from "./corrupt";
import { buildHousehold, type GeneratorState } from "./household";
import type { SynthRecord } from "./record";
import { loadRegions } from "./regions";

export type GenerateOptions = {
  records: number;
  seed: number;
  /** Region code prefix ("62" = Kalimantan Tengah); empty for the whole country. */
  region?: string;
  /** Share of entities listed more than once. */
  duplicateRate?: number;
};

export type GeneratedRow = {
  recordId: string;
  entityId: string;
  /** False for a duplicate derived (with errors) from the entity's original record. */
  isOriginal: boolean;
  record: SynthRecord;
};

const BUFFER = 50_000;

function duplicateCount(x: number): number {
  return x < 0.7 ? 1 : x < 0.9 ? 2 : 3;
}

/** Yields exactly `records` rows, deterministic for the seed. */
export async function* generateRegister(o: GenerateOptions): AsyncGenerator<GeneratedRow> {
  const rng = drawsFrom(sfc32(o.seed));
  const regions = await loadRegions(rng, o.region ?? "");
  const state: GeneratorState = { rng, regions, usedNik: new Set(), usedKk: new Set(), nextEntity: 1 };
  const dupRate = o.duplicateRate ?? 0.2;
  const buffer: Array<{ entityId: string; isOriginal: boolean; record: SynthRecord }> = [];
  let produced = 0;
  let emitted = 0;
  const emit = (i: number): GeneratedRow => {
    const last = buffer.pop();
    const row = i < buffer.length ? (buffer[i] as (typeof buffer)[number]) : last;
    if (i < buffer.length && last) buffer[i] = last;
    emitted++;
    const r = row ?? last;
    if (!r) throw new Error("empty shuffle buffer");
    return { recordId: `R${String(emitted).padStart(8, "0")}`, ...r };
  };
  while (produced < o.records) {
    for (const e of buildHousehold(state)) {
      const rows = [e.record];
      if (rng.chance(dupRate)) {
        const n = duplicateCount(rng.next());
        for (let k = 0; k < n; k++) rows.push(makeDuplicate(rng, e, regions));
      }
      for (const [k, record] of rows.entries()) {
        if (produced >= o.records) break;
        buffer.push({ entityId: e.id, isOriginal: k === 0, record });
        produced++;
        if (buffer.length > BUFFER) yield emit(rng.int(0, buffer.length - 1));
      }
    }
  }
  while (buffer.length > 0) yield emit(rng.int(0, buffer.length - 1));
}

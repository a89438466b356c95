// In-file duplicates (LIKELY_DUPLICATE) across all sheets: the same NIK, or the same name (titles
// ignored) + birth date + village. Only the later row is flagged; both are imported. Keys are kept
// for the whole file, which is the one thing that grows with it (two short strings per row).

import { nameKey } from "../domain";
import type { RowValues } from "./fields";

export type SeenAt = { readonly sheet: string; readonly row: number };

export type DuplicateTracker = {
  /** Registers the row and returns where the same person was first seen, if anywhere. */
  check(values: RowValues, nikKey: string | null, at: SeenAt): SeenAt | null;
};

export function createDuplicateTracker(): DuplicateTracker {
  const byNik = new Map<string, SeenAt>();
  const byPerson = new Map<string, SeenAt>();
  return {
    check(values, nikKey, at) {
      const name = values.nama ? nameKey(values.nama) : "";
      const personKey =
        name && values.tanggal_lahir && values.kode_wilayah
          ? `${name}|${values.tanggal_lahir}|${values.kode_wilayah}`
          : null;
      const first =
        (nikKey ? byNik.get(nikKey) : undefined) ?? (personKey ? byPerson.get(personKey) : undefined);
      if (nikKey && !byNik.has(nikKey)) byNik.set(nikKey, at);
      if (personKey && !byPerson.has(personKey)) byPerson.set(personKey, at);
      return first ?? null;
    },
  };
}

// In-file duplicates across all sheets; only the later row is flagged, and the commit acts on the
// code alone, so what the dry run says is what the commit does:
// - the same valid NIK and the same name (titles ignored) as an earlier row that is not rejected:
//   the same business again → DUPLICATE_IN_FILE (written once); another business →
//   SAME_OWNER_IN_FILE (one person, both businesses);
// - the same valid NIK under another name → NIK_OTHER_NAME_IN_FILE (a typo or a reused NIK: the
//   row is held back for the operator, never merged silently);
// - otherwise the same name + birth date + village → LIKELY_DUPLICATE (both rows are imported).
// Kept for the whole file: a few short strings per row (per NIK: name and business keys).

import { nameKey } from "../domain";
import type { RowValues } from "./fields";

export type SeenAt = { readonly sheet: string; readonly row: number };

export type InFileCode =
  | "DUPLICATE_IN_FILE"
  | "SAME_OWNER_IN_FILE"
  | "NIK_OTHER_NAME_IN_FILE"
  | "LIKELY_DUPLICATE";

export type InFileDuplicate = {
  readonly code: InFileCode;
  readonly firstSeen: SeenAt;
  /** NIK_OTHER_NAME_IN_FILE: the name the NIK was first seen with. */
  readonly ownerName?: string;
};

export type DuplicateTracker = {
  /**
   * Registers the row and returns how it repeats an earlier one, if it does. A rejected row is
   * never the first of a NIK (the commit does not write it).
   */
  check(values: RowValues, nikKey: string | null, at: SeenAt, rejected?: boolean): InFileDuplicate | null;
};

type NikEntry = { at: SeenAt; name: string; ownerName: string; businesses: Set<string> };

/** The business a row describes, as the commit names it (no business name: the owner's). */
const businessKey = (v: RowValues) => nameKey(v.nama_usaha ?? `Usaha ${v.nama ?? ""}`);

export function createDuplicateTracker(): DuplicateTracker {
  const byNik = new Map<string, NikEntry>();
  const byPerson = new Map<string, SeenAt>();
  const sameNik = (entry: NikEntry, values: RowValues, name: string): InFileDuplicate => {
    if (name !== entry.name)
      return { code: "NIK_OTHER_NAME_IN_FILE", firstSeen: entry.at, ownerName: entry.ownerName };
    const business = businessKey(values);
    if (entry.businesses.has(business)) return { code: "DUPLICATE_IN_FILE", firstSeen: entry.at };
    entry.businesses.add(business);
    return { code: "SAME_OWNER_IN_FILE", firstSeen: entry.at };
  };
  return {
    check(values, nikKey, at, rejected = false) {
      const name = values.nama ? nameKey(values.nama) : "";
      const personKey =
        name && values.tanggal_lahir && values.kode_wilayah
          ? `${name}|${values.tanggal_lahir}|${values.kode_wilayah}`
          : null;
      const earlier = personKey ? byPerson.get(personKey) : undefined;
      if (personKey && !earlier) byPerson.set(personKey, at);
      const entry = nikKey && !rejected ? byNik.get(nikKey) : undefined;
      if (entry) return sameNik(entry, values, name);
      if (nikKey && !rejected)
        byNik.set(nikKey, {
          at,
          name,
          ownerName: values.nama ?? "",
          businesses: new Set([businessKey(values)]),
        });
      return earlier ? { code: "LIKELY_DUPLICATE", firstSeen: earlier } : null;
    },
  };
}

// The frozen list: one canonical text per version, hashed with SHA-256 and printed on the decree
// export, so anyone can recompute it from the exported rows and see that nothing changed.
import { createHash } from "node:crypto";

export type SnapshotRow = {
  readonly nik: string;
  readonly noKk: string | null;
  readonly name: string;
  readonly address: string | null;
  readonly sector: string | null;
  readonly phone: string | null;
  readonly amount: number;
};

const clean = (v: string | null): string => (v ?? "").replace(/[\t\r\n]+/g, " ").trim();

/** Rows sorted by NIK (then name), tab-separated, one per line, with a header naming the list. */
export function canonicalList(
  header: { programmeId: string; proposalId: string; version: number },
  rows: readonly SnapshotRow[],
): string {
  const lines = [...rows]
    .sort((a, b) => (a.nik < b.nik ? -1 : a.nik > b.nik ? 1 : a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .map((r) =>
      [
        r.nik,
        clean(r.noKk),
        clean(r.name),
        clean(r.address),
        clean(r.sector),
        clean(r.phone),
        String(r.amount),
      ].join("\t"),
    );
  return [`sinergi-aid-list\t${header.programmeId}\t${header.proposalId}\tv${header.version}`, ...lines].join(
    "\n",
  );
}

export function sha256Hex(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}

export function freezeList(
  header: { programmeId: string; proposalId: string; version: number },
  rows: readonly SnapshotRow[],
): { canonical: string; sha256: string; itemCount: number; totalAmount: number } {
  const canonical = canonicalList(header, rows);
  return {
    canonical,
    sha256: sha256Hex(canonical),
    itemCount: rows.length,
    totalAmount: rows.reduce((s, r) => s + r.amount, 0),
  };
}

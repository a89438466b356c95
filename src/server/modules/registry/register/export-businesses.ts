// xlsx export of the filtered register within the caller's scope, streamed in keyset batches with
// ExcelJS's streaming writer (memory stays flat for any size). NIK/KK masked unless revealed.
import type { Writable } from "node:stream";
import ExcelJS from "exceljs";
import { wallClock } from "../../../../shared/local-time";
import { maskIdentity } from "../../../../shared/mask";
import { type Ctx, recordAudit, tx } from "../../access";
import type { ExportQuery } from "../contract-register";
import { requirePermission } from "../permissions";
import { canReveal } from "./get-business";
import { listFilter } from "./list-businesses";
import { type Cursor, type ListRow, selectListRows } from "./repository-list";
import { reasonOf } from "./reveal-reason";

const BATCH = 2_000;

const COLUMNS: Array<{ header: string; width: number; text?: boolean; numFmt?: string }> = [
  { header: "No", width: 7 },
  { header: "Nama Usaha", width: 32 },
  { header: "Bidang Usaha", width: 14 },
  { header: "Skala", width: 10 },
  { header: "Status", width: 10 },
  { header: "Kode Wilayah", width: 16, text: true },
  { header: "Desa/Kelurahan", width: 22 },
  { header: "Nama Pemilik", width: 28 },
  { header: "NIK", width: 20, text: true },
  { header: "No. KK", width: 20, text: true },
  { header: "No. HP", width: 16, text: true },
  { header: "Terdampak", width: 10 },
  { header: "Kendala Terbuka", width: 10 },
  { header: "Kapasitas/Hari", width: 10 },
  { header: "Sumber", width: 10 },
  { header: "Tanggal Dicatat (waktu setempat)", width: 20, numFmt: "dd/mm/yyyy hh:mm" },
];

/** Stored codes as an Indonesian sheet shows them. */
const STATUS_LABEL: Record<string, string> = { active: "Aktif", merged: "Digabung", inactive: "Tidak aktif" };
const SOURCE_LABEL: Record<string, string> = {
  form: "Formulir kantor",
  field: "Pendamping lapangan",
  import: "Impor berkas",
  demo: "Data demo",
};

function cells(r: ListRow, n: number, reveal: boolean): ExcelJS.CellValue[] {
  return [
    n,
    r.name,
    r.sector,
    r.size_class,
    STATUS_LABEL[r.status] ?? r.status,
    r.region_code,
    r.region_name,
    r.owner_name,
    reveal ? r.nik : maskIdentity(r.nik),
    reveal ? r.no_kk : maskIdentity(r.no_kk),
    r.phone,
    r.affected === null ? null : r.affected ? "Ya" : "Tidak",
    Number(r.open_constraints),
    r.daily_capacity,
    SOURCE_LABEL[r.source_kind] ?? r.source_kind,
    wallClock(new Date(r.created_at), r.region_code),
  ];
}

export type PreparedExport = { write: (out: Writable) => Promise<{ rows: number }> };

/**
 * Checks permission, scope and reveal before any byte is sent (so refusals are normal JSON errors),
 * then returns the writer.
 */
export async function prepareExport({
  ctx,
  query,
}: {
  ctx: Ctx;
  query: ExportQuery;
}): Promise<PreparedExport> {
  requirePermission(ctx, "registry.read");
  const reveal = canReveal(ctx, query.revealNik, query.revealReason);
  const filter = listFilter(ctx, query);
  if (reveal) {
    await tx(ctx, (t) =>
      recordAudit(t, ctx, {
        action: "registry.reveal-nik",
        entityType: "business-list",
        entityRegion: filter.prefix === "*" ? null : filter.prefix,
        after: {
          via: "export",
          query: { ...query, revealReason: undefined },
          reason: reasonOf(query.revealReason),
        },
      }),
    );
  }
  return {
    async write(out) {
      const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
        stream: out,
        useStyles: true,
        useSharedStrings: false,
      });
      const sheet = workbook.addWorksheet("Data UMKM", { views: [{ state: "frozen", ySplit: 1 }] });
      sheet.columns = COLUMNS.map((c) => ({
        header: c.header,
        width: c.width,
        style: c.text ? { numFmt: "@" } : c.numFmt ? { numFmt: c.numFmt } : {},
      }));
      sheet.getRow(1).font = { bold: true };
      let cursor: Cursor | null = null;
      let n = 0;
      for (;;) {
        const after: Cursor | null = cursor;
        const rows: ListRow[] = await tx(ctx, (t) =>
          selectListRows(t, filter, { sort: "created", limit: BATCH, offset: 0, cursor: after }),
        );
        for (const r of rows) sheet.addRow(cells(r, ++n, reveal)).commit();
        const last = rows[rows.length - 1];
        if (rows.length < BATCH || !last) break;
        cursor = { k: null, id: last.id };
      }
      sheet.commit();
      await workbook.commit();
      return { rows: n };
    },
  };
}

// Outside lists and the irisan report: list of uploaded lists, one list with its summary, a page of
// one part of the report, and the xlsx export of any part (or all parts).
import type { Writable } from "node:stream";
import ExcelJS from "exceljs";
import type { Tx } from "../../../platform/db/pool";
import { notFound } from "../../../platform/errors";
import { type Ctx, requireScope, tx } from "../../access";
import type { IrisanExportQuery, IrisanPage, IrisanQuery, IrisanRow, OutsideList } from "../contract-lists";
import { requirePermission } from "../permissions";
import { IRISAN_CATEGORIES } from "../vocab";
import { irisanRows, irisanSummary } from "./irisan-rows";
import { findList, type ListRow, selectLists, toOutsideList } from "./repository";

async function visibleList(t: Tx, ctx: Ctx, id: string): Promise<ListRow> {
  const list = await findList(t, id);
  if (!list) throw notFound();
  requireScope(ctx, list.regionCode);
  return list;
}

export async function listOutsideLists({ ctx }: { ctx: Ctx }): Promise<OutsideList[]> {
  requirePermission(ctx, "linkage.read");
  return tx(ctx, async (t) => (await selectLists(t, 100)).map((l) => toOutsideList(l, null)));
}

export async function getOutsideList({ ctx, id }: { ctx: Ctx; id: string }): Promise<OutsideList> {
  requirePermission(ctx, "linkage.read");
  return tx(ctx, async (t) => {
    const list = await visibleList(t, ctx, id);
    return toOutsideList(list, list.state === "linked" ? await irisanSummary(t, list) : null);
  });
}

export async function getIrisan({
  ctx,
  id,
  query,
}: {
  ctx: Ctx;
  id: string;
  query: IrisanQuery;
}): Promise<IrisanPage> {
  requirePermission(ctx, "linkage.read");
  return tx(ctx, async (t) => {
    const list = await visibleList(t, ctx, id);
    const page = await irisanRows(t, list, query);
    return { list: toOutsideList(list, await irisanSummary(t, list)), ...page };
  });
}

const CATEGORY_LABEL = {
  both: "Ada di keduanya",
  register_only: "Hanya di registri",
  list_only: "Hanya di daftar",
  uncertain: "Perlu dicek",
} as const;

const COLUMNS = [
  { header: "Kategori", width: 18 },
  { header: "Baris Daftar", width: 10 },
  { header: "Nama (daftar)", width: 28 },
  { header: "NIK (daftar)", width: 20 },
  { header: "Tgl Lahir (daftar)", width: 14 },
  { header: "Alamat (daftar)", width: 30 },
  { header: "Nama Usaha (registri)", width: 30 },
  { header: "Pemilik (registri)", width: 28 },
  { header: "NIK (registri)", width: 20 },
  { header: "Kode Wilayah", width: 16 },
  { header: "Status", width: 10 },
  { header: "Probabilitas", width: 12 },
];

function cells(r: IrisanRow): ExcelJS.CellValue[] {
  return [
    CATEGORY_LABEL[r.category],
    r.list?.rowNumber ?? null,
    r.list?.name ?? null,
    r.list?.nikMasked ?? null,
    r.list?.birthDate ?? null,
    r.list?.address ?? null,
    r.register?.businessName ?? null,
    r.register?.ownerName ?? null,
    r.register?.nikMasked ?? null,
    r.register?.regionCode ?? r.list?.villageCode ?? null,
    r.register?.status ?? null,
    r.probability,
  ];
}

export type PreparedIrisanExport = { fileName: string; write: (out: Writable) => Promise<{ rows: number }> };

/** Checks permission and scope before any byte is sent; then streams the chosen parts in pages. */
export async function prepareIrisanExport({
  ctx,
  id,
  query,
}: {
  ctx: Ctx;
  id: string;
  query: IrisanExportQuery;
}): Promise<PreparedIrisanExport> {
  requirePermission(ctx, "linkage.read");
  const list = await tx(ctx, (t) => visibleList(t, ctx, id));
  const categories = query.category ? [query.category] : [...IRISAN_CATEGORIES];
  const slug =
    list.name
      .replace(/[^A-Za-z0-9]+/g, "-")
      .replace(/^-|-$/g, "")
      .toLowerCase() || "daftar";
  return {
    fileName: `irisan-${slug}.xlsx`,
    async write(out) {
      const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
        stream: out,
        useStyles: true,
        useSharedStrings: false,
      });
      const sheet = workbook.addWorksheet("Irisan", { views: [{ state: "frozen", ySplit: 1 }] });
      sheet.columns = COLUMNS.map((c) => ({ header: c.header, width: c.width }));
      sheet.getRow(1).font = { bold: true };
      let rows = 0;
      for (const category of categories) {
        for (let offset = 0; ; offset += 1_000) {
          const page = await tx(ctx, (t) =>
            irisanRows(t, list, { ...query, category, limit: 1_000, offset }),
          );
          for (const r of page.items) sheet.addRow(cells(r)).commit();
          rows += page.items.length;
          if (page.items.length < 1_000) break;
        }
      }
      await workbook.commit();
      return { rows };
    },
  };
}

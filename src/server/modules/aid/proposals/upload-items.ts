// A proposal list uploaded as a spreadsheet (the ministry template or a regency's own list): each
// row becomes an item linked to the register by NIK and checked like any other. Rows whose NIK was
// stored as a number are refused: Excel has already rounded the last digits.

import { isRegionCode } from "../../../../shared/region-code";
import { AppError } from "../../../platform/errors";
import { actorName, type Ctx } from "../../access";
import { requirePermission } from "../permissions";
import { addBuiltItems } from "./add-items";
import type { AddManyResult } from "./contract-items";
import { itemFromForm, type NewItem } from "./item-rows";
import { isNumberCell, readSheet, type SheetRow, textOf } from "./read-sheet";

export const ITEM_FIELDS = {
  nik: ["NIK", "NO NIK", "NOMOR NIK", "NOMOR INDUK KEPENDUDUKAN"],
  noKk: ["NO KK", "NO. KK", "NOMOR KK", "NO KARTU KELUARGA", "KK"],
  nama: ["NAMA", "NAMA LENGKAP", "NAMA PEMILIK", "NAMA PENERIMA"],
  alamat: ["ALAMAT", "ALAMAT KTP", "ALAMAT LENGKAP"],
  kodeWilayah: ["KODE WILAYAH", "KODE DESA", "KODE KELURAHAN"],
  bidangUsaha: ["BIDANG USAHA", "JENIS USAHA", "SEKTOR", "SEKTOR USAHA"],
  noHp: ["NO HP", "NO. HP", "NOMOR HP", "NO TELEPON", "NO TELP", "HP", "TELEPON"],
  namaUsaha: ["NAMA USAHA"],
  pekerjaan: ["PEKERJAAN"],
} as const;

const MAX_ROWS = 20_000;

function rowIssue(r: SheetRow): string | null {
  if (isNumberCell(r, "nik"))
    return "NIK ditulis sebagai angka (digit terakhir bisa hilang); simpan sebagai teks";
  if (!textOf(r, "nik")) return "NIK kosong";
  if (!textOf(r, "nama")) return "nama kosong";
  if (isNumberCell(r, "noKk")) return "No. KK ditulis sebagai angka; simpan sebagai teks";
  return null;
}

export async function uploadItems({
  ctx,
  proposalId,
  file,
}: {
  ctx: Ctx;
  proposalId: string;
  file: { name: string; data: Buffer };
}): Promise<AddManyResult> {
  requirePermission(ctx, "aid.propose");
  const rows = await readSheet({
    data: file.data,
    fileName: file.name,
    fields: ITEM_FIELDS,
    required: ["nik", "nama"],
  });
  if (rows.length > MAX_ROWS)
    throw new AppError("PAYLOAD_TOO_LARGE", {
      text: { id: `Paling banyak ${MAX_ROWS} baris.`, en: `At most ${MAX_ROWS} rows.` },
    });
  const issues: Array<{ row: number; message: string }> = [];
  const good: SheetRow[] = [];
  for (const r of rows) {
    const issue = rowIssue(r);
    if (issue) issues.push({ row: r.row, message: issue });
    else good.push(r);
  }
  const by = actorName(ctx.actor);
  const kode = (r: SheetRow) => {
    const v = textOf(r, "kodeWilayah");
    return v && isRegionCode(v) ? v : undefined;
  };
  const build = (proposal: Parameters<typeof itemFromForm>[0]): NewItem[] =>
    good.map((r) =>
      itemFromForm(
        proposal,
        {
          nik: textOf(r, "nik") ?? "",
          nama: textOf(r, "nama") ?? "",
          noKk: textOf(r, "noKk") ?? undefined,
          alamat: textOf(r, "alamat") ?? undefined,
          kodeWilayah: kode(r),
          bidangUsaha: textOf(r, "bidangUsaha") ?? undefined,
          noHp: textOf(r, "noHp") ?? undefined,
          namaUsaha: textOf(r, "namaUsaha") ?? undefined,
          pekerjaan: textOf(r, "pekerjaan") ?? undefined,
        },
        by,
        "upload",
      ),
    );
  const out = await addBuiltItems(ctx, proposalId, build, {
    fileName: file.name,
    rows: rows.length,
    refused: issues.length,
  });
  return { ...out, skipped: issues.length, issues };
}

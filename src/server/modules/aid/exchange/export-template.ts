// The ministry template (xlsx): NIK, No. KK, Nama, Alamat, Bidang Usaha, No. HP and the
// programme's fields, identifiers as TEXT cells; validated before it is written. A second sheet
// states the frozen version and its SHA-256. Exporting reveals NIKs, so it is audited.
import ExcelJS from "exceljs";
import { localStamp } from "../../../../shared/local-time";
import { notFound } from "../../../platform/errors";
import { type Ctx, recordAudit, tx } from "../../access";
import {
  PROPOSAL_STATUS_ID,
  TEMPLATE_COLUMNS,
  TEXT_COLUMNS,
  type TemplateRow,
  templateCells,
  validateTemplate,
} from "../domain";

import { aidError } from "../errors";
import { requirePermission } from "../permissions";
import { exportRows } from "../proposals/list-rows";
import { proposalInScope } from "../proposals/manage-proposals";
import { findProgramme } from "../repository";
import { fileRow } from "./file-row";

export type ExportFile = { fileName: string; data: Buffer; sha256: string | null };

function addSheet(wb: ExcelJS.Workbook, rows: readonly TemplateRow[]): void {
  const ws = wb.addWorksheet("Usulan");
  ws.columns = TEMPLATE_COLUMNS.map((h) => ({
    header: h,
    key: h,
    width: h === "Nama" || h === "Alamat" || h === "Nama Usaha" ? 32 : 20,
    style: TEXT_COLUMNS.has(h) ? { numFmt: "@" } : {},
  }));
  ws.getRow(1).font = { bold: true };
  // Printed on A4 landscape, all columns on one page width, the header repeated on every page.
  ws.pageSetup = {
    paperSize: 9,
    orientation: "landscape",
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    printTitlesRow: "1:1",
    margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.5, header: 0.3, footer: 0.3 },
  };
  ws.headerFooter = { oddFooter: "&LUsulan penerima bantuan&RHalaman &P dari &N" };
  ws.views = [{ state: "frozen", ySplit: 1 }];
  rows.forEach((r, i) => {
    const row = ws.addRow(templateCells(r, i + 1));
    TEMPLATE_COLUMNS.forEach((h, c) => {
      if (TEXT_COLUMNS.has(h)) {
        const cell = row.getCell(c + 1);
        cell.numFmt = "@";
        cell.value = String(cell.value ?? "");
      }
    });
  });
}

export async function exportTemplate({
  ctx,
  proposalId,
}: {
  ctx: Ctx;
  proposalId: string;
}): Promise<ExportFile> {
  requirePermission(ctx, "aid.propose");
  const { proposal, programme, rows, snapshot } = await tx(ctx, async (t) => {
    const proposal = await proposalInScope(t, ctx, proposalId);
    const programme = await findProgramme(t, proposal.programmeId);
    if (!programme) throw notFound();
    const { items, snapshot } = await exportRows(t, proposal);
    const rows: TemplateRow[] = items.map((i) => ({
      nik: i.nik,
      noKk: i.noKk,
      name: i.name,
      address: i.address,
      sector: i.sector,
      phone: i.phone,
      businessName: i.businessName,
      regionCode: i.villageCode ?? i.regionCode,
      amount: programme.amount,
      openProblems: i.openProblems,
    }));
    await recordAudit(t, ctx, {
      action: "aid.export",
      entityType: "aid_proposal",
      entityId: proposal.id,
      entityRegion: proposal.regionCode,
      after: { rows: rows.length, snapshotVersion: snapshot?.version ?? null },
    });
    return { proposal, programme, rows, snapshot };
  });
  const issues = validateTemplate(rows, { requireKk: programme.rules.oneBusinessPerHousehold });
  if (issues.length > 0) {
    throw aidError("AID_EXPORT_INVALID", {
      text: {
        id: `${issues.length} baris belum memenuhi templat kementerian.`,
        en: `${issues.length} rows do not meet the ministry template.`,
      },
      issues: issues
        .slice(0, 100)
        .map((i) => ({ path: fileRow(i.row, ctx.lang, i.field), message: i.text[ctx.lang] })),
    });
  }
  const wb = new ExcelJS.Workbook();
  wb.creator = "Sinergi";
  addSheet(wb, rows);
  const info = wb.addWorksheet("Keterangan");
  const facts: Array<[string, string | number]> = [
    ["Program", programme.name],
    ["Nomor usulan", proposal.number],
    ["Pengusul", proposal.proposerName],
    ["Kode wilayah", proposal.regionCode],
    ["Status", PROPOSAL_STATUS_ID[proposal.status as keyof typeof PROPOSAL_STATUS_ID] ?? proposal.status],
    ["Nomor SK", proposal.decreeNumber ?? "-"],
    ["Versi daftar beku", snapshot ? snapshot.version : "-"],
    ["SHA-256 daftar beku", snapshot ? snapshot.sha256 : "- (belum disetujui)"],
    ["Jumlah penerima", rows.length],
    ["Nilai per penerima (Rp)", programme.amount],
    ["Dibuat", localStamp(ctx.now, proposal.regionCode)],
  ];
  for (const f of facts) info.addRow(f);
  info.getColumn(1).width = 26;
  info.getColumn(2).width = 70;
  const data = Buffer.from(await wb.xlsx.writeBuffer());
  const suffix = snapshot ? `-v${snapshot.version}` : "";
  return { fileName: `usulan-${proposal.number}${suffix}.xlsx`, data, sha256: snapshot?.sha256 ?? null };
}

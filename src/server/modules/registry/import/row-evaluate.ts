// Reads one data row into canonical values and reasons (IMPORT-POLICY reason table). Fields that
// cannot be read are stored empty; the worst reason decides the status.

import {
  cellText,
  checkAffectedCell,
  checkCountCell,
  checkMoneyCell,
  checkNibCell,
  checkNikCell,
  checkNikConsistency,
  checkNoKkCell,
  checkPhoneCell,
  collapseSpaces,
  isMissingName,
  type RawCell,
  statusFromReasons,
  type VillageMatch,
  type VillageQuery,
} from "../domain";
import { type ColumnRole, emptyValues, type RowValues } from "./fields";
import { readPersonDetails } from "./row-person";
import { createReasonCollector } from "./row-reasons";
import type { RowReason } from "./row-result";
import { type ReasonSink, shownText, textValue } from "./row-text";

export type EvaluateContext = {
  readonly cell: (role: ColumnRole) => RawCell;
  readonly hasColumn: (role: ColumnRole) => boolean;
  readonly matchVillage: (query: VillageQuery) => VillageMatch;
  readonly isDistrictCode: (code: string) => boolean;
  readonly regencyName: string;
  /** District to prefer when a village name repeats: the kecamatan column, else the sheet name. */
  readonly districtHint: string | null;
  readonly isDate1904: boolean;
};

export type Evaluation = {
  readonly values: RowValues;
  readonly errors: RowReason[];
  readonly notes: RowReason[];
  readonly nikKey: string | null;
};

const shown = shownText;

export function evaluateRow(ctx: EvaluateContext): Evaluation {
  const values = emptyValues();
  const reasons = createReasonCollector();
  const { add } = reasons;

  const name = collapseSpaces(cellText(ctx.cell("nama")));
  if (isMissingName(name)) add("nama", "NAME_MISSING");
  else values.nama = name;

  const nikCell = ctx.cell("nik");
  const nik = checkNikCell(nikCell, { zeroSerial: "accept" });
  let nikKey: string | null = null;
  if (nik.kind === "valid") {
    values.nik = nik.nik;
    nikKey = nik.nik;
    if (nik.endsInZero && nikCell.kind === "text") add("nik", "NIK_TRAILING_ZERO");
    if (nik.serialIsZero) add("nik", "NIK_SERIAL");
    if (!ctx.isDistrictCode(nik.districtCode)) add("nik", "NIK_DISTRICT_UNKNOWN");
  } else {
    values.nik = nik.nik;
    add("nik", nik.code, { value: nik.code === "NIK_MISSING" ? undefined : shown(nikCell) });
  }

  const kk = checkNoKkCell(ctx.cell("no_kk"));
  if (kk.kind === "valid") values.no_kk = kk.noKk;
  else if (kk.kind === "invalid") add("no_kk", kk.code, { value: shown(ctx.cell("no_kk")) });

  const person = readPersonDetails(ctx, add);
  Object.assign(values, person.values);

  if (values.nik && values.no_kk && values.nik === values.no_kk) add("nik", "NIK_EQUALS_KK");
  if (nik.kind === "valid") {
    const facts = { noKk: null, birthDate: person.birthDate, sex: person.sex };
    for (const code of checkNikConsistency(nik, facts))
      add(code === "NIK_SEX_MISMATCH" ? "jenis_kelamin" : "tanggal_lahir", code);
  }

  readVillage(ctx, values, add);
  readBusiness(ctx, values, add);
  return { values, ...reasons.finish(), nikKey };
}

export function statusOf(reasons: readonly RowReason[]) {
  return statusFromReasons(reasons.map((r) => r.code));
}

function readVillage(ctx: EvaluateContext, values: RowValues, add: ReasonSink): void {
  const villageCell = ctx.cell("kode_wilayah");
  const village = textValue(villageCell) ?? "";
  const match = ctx.matchVillage({ village, district: ctx.districtHint });
  if (match.kind === "found") {
    values.kode_wilayah = match.code;
    if (match.ambiguous) add("kode_wilayah", "REGION_AMBIGUOUS", { villageName: village });
    return;
  }
  add("kode_wilayah", "REGION_UNKNOWN", {
    value: village,
    villageReason: match.reason,
    regencyName: ctx.regencyName,
  });
}

function readBusiness(ctx: EvaluateContext, values: RowValues, add: ReasonSink): void {
  values.nama_usaha = textValue(ctx.cell("nama_usaha"));
  values.bidang_usaha = textValue(ctx.cell("bidang_usaha"));
  values.kendala = textValue(ctx.cell("kendala"));

  const nib = checkNibCell(ctx.cell("nib"));
  if (nib.kind === "valid") values.nib = nib.nib;
  else if (nib.kind === "invalid") add("nib", "NIB_INVALID", { value: shown(ctx.cell("nib")) });

  const phoneCell = ctx.cell("no_hp");
  const phone = checkPhoneCell(phoneCell);
  if (phone.kind === "valid") values.no_hp = phone.e164;
  else if (phone.kind === "invalid") add("no_hp", "PHONE_INVALID", { value: shown(phoneCell) });
  if (phone.kind !== "empty" && phone.hadSeveral)
    add("no_hp", "MULTIPLE_PHONES", { value: shown(phoneCell) });

  for (const field of ["omzet_sebelum", "omzet_sesudah"] as const) {
    const cell = ctx.cell(field);
    const money = checkMoneyCell(cell);
    if (money.kind === "valid") {
      values[field] = money.amount;
      if (money.fromText) add(field, "MONEY_PARSED", { value: shown(cell) });
    } else if (money.kind === "invalid") add(field, "MONEY_INVALID", { value: shown(cell) });
  }

  const count = checkCountCell(ctx.cell("jumlah_karyawan"));
  if (count.kind === "valid") values.jumlah_karyawan = count.value;
  else if (count.kind === "invalid")
    add("jumlah_karyawan", "COUNT_INVALID", { value: shown(ctx.cell("jumlah_karyawan")) });

  const affected = checkAffectedCell(ctx.cell("terdampak"));
  if (affected.kind === "valid") values.terdampak = affected.value;
  else if (affected.kind === "invalid")
    add("terdampak", "TERDAMPAK_UNKNOWN", { value: shown(ctx.cell("terdampak")) });
}

// Personal details of a row: sex (one column, or separate L and P tick columns), place and date of
// birth (separate columns win over a combined TTL column), address and RT/RW.

import {
  type CalendarDate,
  checkCombinedRtRwCell,
  checkDateCell,
  checkPlaceDateCell,
  checkRtRwPartCell,
  checkSexCell,
  type DateCheck,
  isBlankCell,
  type RawCell,
  type Sex,
  toIsoDate,
} from "../domain";
import type { ColumnRole, RowValues } from "./fields";
import { type ReasonSink, shownText, textValue } from "./row-text";

type PersonContext = {
  readonly cell: (role: ColumnRole) => RawCell;
  readonly hasColumn: (role: ColumnRole) => boolean;
  readonly isDate1904: boolean;
};

export type PersonDetails = {
  readonly values: Partial<RowValues>;
  readonly birthDate: CalendarDate | null;
  readonly sex: Sex | null;
};

const shown = shownText;

function readSex(ctx: PersonContext, add: ReasonSink): Sex | null {
  if (ctx.hasColumn("jenis_kelamin")) {
    const cell = ctx.cell("jenis_kelamin");
    const sex = checkSexCell(cell);
    if (sex.kind === "valid") return sex.value;
    if (sex.kind === "invalid") add("jenis_kelamin", "SEX_UNKNOWN", { value: shown(cell) });
    return null;
  }
  const male = !isBlankCell(ctx.cell("jenis_kelamin_l"));
  const female = !isBlankCell(ctx.cell("jenis_kelamin_p"));
  if (male && female) add("jenis_kelamin", "SEX_UNKNOWN", { value: "L dan P" });
  return male === female ? null : male ? "L" : "P";
}

function readBirth(ctx: PersonContext): { place: string | null; date: DateCheck; dateCell: RawCell } {
  const options = { isDate1904: ctx.isDate1904 };
  const ttl = ctx.hasColumn("ttl") ? checkPlaceDateCell(ctx.cell("ttl"), options) : null;
  const place = ctx.hasColumn("tempat_lahir") ? textValue(ctx.cell("tempat_lahir")) : (ttl?.place ?? null);
  if (ctx.hasColumn("tanggal_lahir")) {
    const dateCell = ctx.cell("tanggal_lahir");
    const date = checkDateCell(dateCell, options);
    if (date.kind !== "empty" || !ttl) return { place, date, dateCell };
  }
  return { place, date: ttl?.date ?? { kind: "empty" }, dateCell: ctx.cell("ttl") };
}

function readRtRw(ctx: PersonContext, add: ReasonSink): { rt: string | null; rw: string | null } {
  let rt: string | null = null;
  let rw: string | null = null;
  if (ctx.hasColumn("rt_rw")) {
    const cell = ctx.cell("rt_rw");
    const both = checkCombinedRtRwCell(cell);
    if (both.kind === "valid") ({ rt, rw } = both.value);
    else if (both.kind === "invalid") add("rt", "RT_RW_INVALID", { value: shown(cell) });
  }
  for (const field of ["rt", "rw"] as const) {
    if (!ctx.hasColumn(field)) continue;
    const cell = ctx.cell(field);
    const part = checkRtRwPartCell(cell);
    if (part.kind === "valid") {
      if (field === "rt") rt = part.value;
      else rw = part.value;
    } else if (part.kind === "invalid") add(field, "RT_RW_INVALID", { value: shown(cell) });
  }
  return { rt, rw };
}

export function readPersonDetails(ctx: PersonContext, add: ReasonSink): PersonDetails {
  const sex = readSex(ctx, add);
  const birth = readBirth(ctx);
  if (birth.date.kind === "invalid") add("tanggal_lahir", "DATE_INVALID", { value: shown(birth.dateCell) });
  const birthDate = birth.date.kind === "valid" ? birth.date.date : null;
  const { rt, rw } = readRtRw(ctx, add);
  return {
    values: {
      jenis_kelamin: sex,
      tempat_lahir: birth.place,
      tanggal_lahir: birthDate ? toIsoDate(birthDate) : null,
      alamat: textValue(ctx.cell("alamat")),
      rt,
      rw,
    },
    birthDate,
    sex,
  };
}

// "Programme A excludes programme B in a period": a person approved in one may not be proposed to
// the other. Either side declaring it is enough (a regency stimulus that excludes BPUM also keeps
// its own recipients out of a later BPUM round).

export type Exclusion = {
  readonly programmeId: string;
  readonly excludesProgrammeId: string;
  /** The other programme's approvals count when their decree date falls in [from, to]; null: open. */
  readonly from: string | null;
  readonly to: string | null;
};

export type ExclusiveWith = {
  readonly programmeId: string;
  readonly from: string | null;
  readonly to: string | null;
};

export function exclusiveWith(programmeId: string, exclusions: readonly Exclusion[]): ExclusiveWith[] {
  const out: ExclusiveWith[] = [];
  for (const e of exclusions) {
    if (e.programmeId === programmeId)
      out.push({ programmeId: e.excludesProgrammeId, from: e.from, to: e.to });
    else if (e.excludesProgrammeId === programmeId)
      out.push({ programmeId: e.programmeId, from: e.from, to: e.to });
  }
  return out;
}

/** Whether an approval on `date` (YYYY-MM-DD, or null when unknown) counts for the exclusion. */
export function inPeriod(date: string | null, period: { from: string | null; to: string | null }): boolean {
  if (date === null) return true;
  if (period.from !== null && date < period.from) return false;
  if (period.to !== null && date > period.to) return false;
  return true;
}

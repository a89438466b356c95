// The list's filters live in the address (?q=…&sektor=…&hal=2), so a filtered view can be
// bookmarked, shared and restored with the back button. Unknown or malformed values are dropped.
import type { BusinessListQuery } from "../../../../../server/modules/registry/contract-register";
import { BUSINESS_STATUSES, SECTORS, SIZE_CLASSES, SOURCE_KINDS } from "../../../../../shared/registry-vocab";
import type { BusinessFilters } from "../../api/registry-api";

export const pageSizes = [20, 50, 100] as const;
export type Sort = NonNullable<BusinessListQuery["sort"]>;
const sorts: readonly Sort[] = ["relevance", "-created", "created", "name", "-name", "-updated"];

export type ListState = {
  q: string;
  region: string | null;
  sector: BusinessFilters["sector"];
  size: BusinessFilters["size"];
  affected: boolean | undefined;
  source: BusinessFilters["source"];
  status: BusinessFilters["status"];
  openConstraints: boolean;
  sort: Sort | undefined;
  page: number;
  perPage: (typeof pageSizes)[number];
};

const pick = <T extends string>(list: readonly T[], value: unknown): T | undefined =>
  list.find((item) => item === value);

const bool = (value: unknown): boolean | undefined =>
  value === true || value === "true" || value === "ya"
    ? true
    : value === false || value === "false" || value === "tidak"
      ? false
      : undefined;

export function readListState(search: Record<string, unknown>): ListState {
  const page = Number(search.hal);
  const perPage = pick(pageSizes.map(String), String(search.per ?? ""));
  const region =
    typeof search.wilayah === "string" && /^\d{2}(\.\d{2,4})*$/.test(search.wilayah) ? search.wilayah : null;
  return {
    q:
      typeof search.q === "string"
        ? search.q.slice(0, 100)
        : typeof search.q === "number"
          ? String(search.q)
          : "",
    region,
    sector: pick(SECTORS, search.sektor),
    size: pick(SIZE_CLASSES, search.skala),
    affected: bool(search.terdampak),
    source: pick(SOURCE_KINDS, search.sumber),
    status: pick(BUSINESS_STATUSES, search.status),
    openConstraints: bool(search.kendala) === true,
    sort: pick(sorts, search.urut),
    page: Number.isInteger(page) && page > 0 ? page : 1,
    perPage: perPage ? (Number(perPage) as ListState["perPage"]) : 20,
  };
}

/** Back to the address form; defaults are left out to keep links short. */
export function writeListState(state: ListState): Record<string, string | undefined> {
  const flag = (value: boolean | undefined) => (value === undefined ? undefined : value ? "ya" : "tidak");
  return {
    q: state.q.trim() === "" ? undefined : state.q,
    wilayah: state.region ?? undefined,
    sektor: state.sector,
    skala: state.size,
    terdampak: flag(state.affected),
    sumber: state.source,
    status: state.status,
    kendala: state.openConstraints ? "ya" : undefined,
    urut: state.sort,
    hal: state.page > 1 ? String(state.page) : undefined,
    per: state.perPage !== 20 ? String(state.perPage) : undefined,
  };
}

export function toFilters(state: ListState): BusinessFilters {
  return {
    q: state.q.trim() === "" ? undefined : state.q.trim(),
    region: state.region ?? undefined,
    sector: state.sector,
    size: state.size,
    affected: state.affected,
    source: state.source,
    status: state.status,
    hasOpenConstraints: state.openConstraints ? true : undefined,
    sort: state.sort,
    limit: state.perPage,
    offset: (state.page - 1) * state.perPage,
  };
}

/** How many filters narrow the list (for the phone's "Saring (3)" button). */
export function activeFilterCount(state: ListState): number {
  return (
    [state.region, state.sector, state.size, state.affected, state.source, state.status].filter(
      (value) => value !== null && value !== undefined,
    ).length + (state.openConstraints ? 1 : 0)
  );
}

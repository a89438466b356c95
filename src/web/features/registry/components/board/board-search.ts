// The board's view in the address: kind (?jenis=), region (?wilayah=), the opened kendala (?id=)
// and, on phones, the status shown (?kolom=).
import {
  CONSTRAINT_STATUSES,
  CONSTRAINT_TYPES,
  type ConstraintStatus,
  type ConstraintType,
} from "../../../../../shared/registry-vocab";

export type BoardFilters = { type?: ConstraintType; region?: string };
export type BoardState = BoardFilters & { open: string | null; column: ConstraintStatus };

export function readBoardState(search: Record<string, unknown>): BoardState {
  const type = CONSTRAINT_TYPES.find((value) => value === search.jenis);
  const column = CONSTRAINT_STATUSES.find((value) => value === search.kolom) ?? "open";
  const region =
    typeof search.wilayah === "string" && /^\d{2}(\.\d{2,4})*$/.test(search.wilayah)
      ? search.wilayah
      : undefined;
  const open = typeof search.id === "string" && /^[0-9a-f-]{36}$/i.test(search.id) ? search.id : null;
  return { type, region, open, column };
}

export function writeBoardState(state: BoardState): Record<string, string | undefined> {
  return {
    jenis: state.type,
    wilayah: state.region,
    id: state.open ?? undefined,
    kolom: state.column === "open" ? undefined : state.column,
  };
}

// Helpers shared by the row readers.

import { cellText, collapseSpaces, isNothingMarker, type RawCell, type ReasonCode } from "../domain";
import type { CanonicalField } from "./fields";
import type { MessageDetails } from "./messages";

export type ReasonSink = (field: CanonicalField, code: ReasonCode, details?: MessageDetails) => void;

/** Text fields keep their content with whitespace collapsed; "-" and the like mean empty. */
export function textValue(cell: RawCell): string | null {
  if (cell.kind === "empty") return null;
  const text = collapseSpaces(cellText(cell));
  return text === "" || isNothingMarker(text) ? null : text;
}

/** The cell as the clerk sees it, for quoting in messages. */
export function shownText(cell: RawCell): string {
  return collapseSpaces(cellText(cell));
}

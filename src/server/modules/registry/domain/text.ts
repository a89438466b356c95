// Whitespace, accent folding and the "nothing here" markers of office spreadsheets live in
// src/shared/text.ts.

export { collapseSpaces, foldUpper, isNothingMarker } from "../../../../shared/text";

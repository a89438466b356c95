// Failures that stop an analysis before or while reading: the edge (CLI, route, job) maps them to
// an Indonesian message and a non-zero exit / 4xx.

export type ImportErrorCode =
  | "FILE_UNREADABLE"
  | "FILE_TOO_LARGE"
  | "TOO_MANY_ROWS"
  | "FORMAT_UNSUPPORTED"
  | "REGENCY_UNKNOWN"
  | "SHEET_NOT_FOUND";

export type ImportFailure = { readonly code: ImportErrorCode; readonly message: string };

export class ImportFileError extends Error {
  constructor(
    readonly code: ImportErrorCode,
    message: string,
  ) {
    super(message);
    this.name = "ImportFileError";
  }
}

export const failure = (code: ImportErrorCode, message: string): ImportFailure => ({ code, message });

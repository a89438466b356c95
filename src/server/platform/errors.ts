/** Errors that the HTTP edge maps to the one error envelope. Expected outcomes are values, not these. */
export type Lang = "id" | "en";
export type LocalText = { id: string; en: string };

export type ErrorIssue = { path: string; message: string };

/** What a code means to a user: its HTTP status and its default message in both languages. */
export type ErrorSpec = { status: number } & LocalText;
export type ErrorTable = Readonly<Record<string, ErrorSpec>>;

/** The generic codes every module may throw; a module declares its own in its errors.ts. */
export const PLATFORM_ERRORS = {
  VALIDATION: { status: 400, id: "Data yang dikirim tidak valid.", en: "The submitted data is invalid." },
  BAD_REQUEST: { status: 400, id: "Permintaan tidak dapat dibaca.", en: "The request could not be read." },
  UNAUTHENTICATED: { status: 401, id: "Silakan masuk terlebih dahulu.", en: "Please sign in first." },
  FORBIDDEN: { status: 403, id: "Anda tidak berhak melakukan ini.", en: "You are not allowed to do this." },
  OUT_OF_SCOPE: {
    status: 403,
    id: "Data ini berada di luar wilayah kewenangan Anda.",
    en: "This data lies outside your region scope.",
  },
  NOT_FOUND: { status: 404, id: "Data tidak ditemukan.", en: "Not found." },
  CONFLICT: {
    status: 409,
    id: "Data bertabrakan dengan data lain.",
    en: "This conflicts with existing data.",
  },
  PAYLOAD_TOO_LARGE: {
    status: 413,
    id: "Berkas atau data terlalu besar.",
    en: "The file or payload is too large.",
  },
  UNSUPPORTED_MEDIA_TYPE: {
    status: 415,
    id: "Jenis konten tidak didukung.",
    en: "Unsupported content type.",
  },
  RATE_LIMITED: {
    status: 429,
    id: "Terlalu banyak permintaan. Coba lagi sebentar lagi.",
    en: "Too many requests. Please try again shortly.",
  },
  INTERNAL: {
    status: 500,
    id: "Terjadi kesalahan di server. Silakan coba lagi.",
    en: "Something went wrong on the server. Please try again.",
  },
  UNAVAILABLE: { status: 503, id: "Layanan sedang tidak tersedia.", en: "The service is unavailable." },
} as const satisfies ErrorTable;

export type PlatformCode = keyof typeof PLATFORM_ERRORS;

/** What a throw site may add: a message naming the case, field issues, machine-readable details. */
export type ErrorOpts = { text?: LocalText; issues?: ErrorIssue[]; details?: Record<string, unknown> };

export class AppError extends Error {
  readonly code: string;
  readonly text: LocalText;
  readonly issues: ErrorIssue[] | undefined;
  readonly status: number;
  readonly details: Record<string, unknown> | undefined;

  /** A platform code; a module's own codes go through its `moduleErrors` constructor. */
  constructor(code: PlatformCode, opts?: ErrorOpts);
  /** @internal for moduleErrors and the HTTP edge: a code with its declared spec. */
  constructor(code: string, opts: ErrorOpts, spec: ErrorSpec);
  constructor(code: string, opts: ErrorOpts = {}, spec?: ErrorSpec) {
    // an undeclared code cannot compile; if one arrives anyway (a cast), it is a server fault
    const declared = spec ?? PLATFORM_ERRORS[code as PlatformCode] ?? PLATFORM_ERRORS.INTERNAL;
    const text = opts.text ?? { id: declared.id, en: declared.en };
    super(text.en);
    this.code = code;
    this.text = text;
    this.issues = opts.issues;
    this.status = declared.status;
    this.details = opts.details;
  }
}

/**
 * A module's typed error constructor: its codes are the platform's plus those of its table, so an
 * undeclared code does not compile and the status always comes from the table.
 */
export function moduleErrors<const T extends ErrorTable>(table: T) {
  for (const code of Object.keys(table)) {
    if (code in PLATFORM_ERRORS) throw new Error(`error code ${code} is the platform's`);
  }
  return (code: PlatformCode | (keyof T & string), opts: ErrorOpts = {}): AppError =>
    new AppError(
      code,
      opts,
      (table as ErrorTable)[code] ?? PLATFORM_ERRORS[code as PlatformCode] ?? PLATFORM_ERRORS.INTERNAL,
    );
}

export const notFound = (text?: LocalText) => new AppError("NOT_FOUND", text ? { text } : {});
export const forbidden = (text?: LocalText) => new AppError("FORBIDDEN", text ? { text } : {});
export const outOfScope = () => new AppError("OUT_OF_SCOPE");
export const conflict = (text: LocalText, details?: Record<string, unknown>) =>
  new AppError("CONFLICT", { text, ...(details ? { details } : {}) });
export const validation = (issues: ErrorIssue[], text?: LocalText) =>
  new AppError("VALIDATION", { issues, ...(text ? { text } : {}) });

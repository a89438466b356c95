/** Errors that the HTTP edge maps to the one error envelope. Expected outcomes are values, not these. */
export type Lang = "id" | "en";
export type LocalText = { id: string; en: string };

export type ErrorIssue = { path: string; message: string };

const STATUS: Record<string, number> = {
  VALIDATION: 400,
  BAD_REQUEST: 400,
  UNAUTHENTICATED: 401,
  INVALID_CREDENTIALS: 401,
  FORBIDDEN: 403,
  OUT_OF_SCOPE: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  USERNAME_TAKEN: 409,
  OUT_OF_STOCK: 409,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  RATE_LIMITED: 429,
  INTERNAL: 500,
  UNAVAILABLE: 503,
};

const DEFAULT_TEXT: Record<string, LocalText> = {
  VALIDATION: { id: "Data yang dikirim tidak valid.", en: "The submitted data is invalid." },
  BAD_REQUEST: { id: "Permintaan tidak dapat dibaca.", en: "The request could not be read." },
  UNAUTHENTICATED: { id: "Silakan masuk terlebih dahulu.", en: "Please sign in first." },
  INVALID_CREDENTIALS: { id: "Nama pengguna atau kata sandi salah.", en: "Wrong username or password." },
  FORBIDDEN: { id: "Anda tidak berhak melakukan ini.", en: "You are not allowed to do this." },
  OUT_OF_SCOPE: {
    id: "Data ini berada di luar wilayah kewenangan Anda.",
    en: "This data lies outside your region scope.",
  },
  NOT_FOUND: { id: "Data tidak ditemukan.", en: "Not found." },
  CONFLICT: { id: "Data bertabrakan dengan data lain.", en: "This conflicts with existing data." },
  USERNAME_TAKEN: { id: "Nama pengguna sudah dipakai.", en: "This username is already taken." },
  OUT_OF_STOCK: { id: "Stok tidak mencukupi.", en: "Not enough stock." },
  PAYLOAD_TOO_LARGE: { id: "Berkas atau data terlalu besar.", en: "The file or payload is too large." },
  UNSUPPORTED_MEDIA_TYPE: { id: "Jenis konten tidak didukung.", en: "Unsupported content type." },
  RATE_LIMITED: {
    id: "Terlalu banyak permintaan. Coba lagi sebentar lagi.",
    en: "Too many requests. Please try again shortly.",
  },
  INTERNAL: {
    id: "Terjadi kesalahan di server. Silakan coba lagi.",
    en: "Something went wrong on the server. Please try again.",
  },
  UNAVAILABLE: { id: "Layanan sedang tidak tersedia.", en: "The service is unavailable." },
};

export class AppError extends Error {
  readonly code: string;
  readonly text: LocalText;
  readonly issues: ErrorIssue[] | undefined;
  readonly status: number;
  readonly details: Record<string, unknown> | undefined;

  constructor(
    code: string,
    opts: {
      text?: LocalText;
      issues?: ErrorIssue[];
      status?: number;
      details?: Record<string, unknown>;
    } = {},
  ) {
    const text = opts.text ?? DEFAULT_TEXT[code] ?? DEFAULT_TEXT.INTERNAL!;
    super(text.en);
    this.code = code;
    this.text = text;
    this.issues = opts.issues;
    this.status = opts.status ?? statusOf(code);
    this.details = opts.details;
  }
}

export function statusOf(code: string): number {
  return STATUS[code] ?? 400;
}

export function defaultText(code: string): LocalText {
  return DEFAULT_TEXT[code] ?? DEFAULT_TEXT.INTERNAL!;
}

export const notFound = (text?: LocalText) => new AppError("NOT_FOUND", text ? { text } : {});
export const forbidden = (text?: LocalText) => new AppError("FORBIDDEN", text ? { text } : {});
export const outOfScope = () => new AppError("OUT_OF_SCOPE");
export const conflict = (text: LocalText, details?: Record<string, unknown>) =>
  new AppError("CONFLICT", { text, ...(details ? { details } : {}) });
export const validation = (issues: ErrorIssue[], text?: LocalText) =>
  new AppError("VALIDATION", { issues, ...(text ? { text } : {}) });

// fetch wrapper for /api: JSON (or a multipart form) in, JSON out, the session cookie,
// Accept-Language, and every failure turned into an ApiError (network failures and non-envelope
// responses included), so uploads show the server's message like every other call.
import { currentLanguage, i18n } from "../i18n";
import { ApiError, parseErrorEnvelope } from "./api-error";

type Method = "GET" | "POST" | "PATCH" | "PUT" | "DELETE";
type QueryValue = string | number | boolean | undefined;

export type RequestOptions = {
  method?: Method;
  body?: unknown;
  query?: Record<string, QueryValue>;
  signal?: AbortSignal;
};

function buildUrl(path: string, query: Record<string, QueryValue> | undefined): string {
  if (!query) return path;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== "") params.set(key, String(value));
  }
  const text = params.toString();
  return text === "" ? path : `${path}?${text}`;
}

async function readBody(response: Response): Promise<unknown> {
  if (response.status === 204) return undefined;
  const text = await response.text();
  if (text === "") return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

function failure(status: number, body: unknown): ApiError {
  const envelope = parseErrorEnvelope(status, body);
  if (envelope) return new ApiError(envelope);
  return new ApiError({
    status,
    code: `HTTP_${status}`,
    message: i18n.t("errors.unexpected", { status }),
    issues: [],
  });
}

/** Calls the API and resolves with the parsed JSON body (undefined for 204). */
export async function apiRequest<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = {
    Accept: "application/json",
    "Accept-Language": currentLanguage(),
  };
  // A FormData body sets its own multipart Content-Type with the boundary.
  const isForm = options.body instanceof FormData;
  if (options.body !== undefined && !isForm) headers["Content-Type"] = "application/json";
  let response: Response;
  try {
    response = await fetch(buildUrl(path, options.query), {
      method: options.method ?? "GET",
      headers,
      credentials: "same-origin",
      body: isForm
        ? (options.body as FormData)
        : options.body === undefined
          ? undefined
          : JSON.stringify(options.body),
      signal: options.signal,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === "AbortError") throw error;
    throw new ApiError({ status: 0, code: "NETWORK", message: i18n.t("errors.network"), issues: [] });
  }
  const body = await readBody(response);
  if (!response.ok) throw failure(response.status, body);
  return body as T;
}

type Opts = Omit<RequestOptions, "method" | "body">;

export const api = {
  get: <T>(path: string, options?: Opts) => apiRequest<T>(path, { ...options, method: "GET" }),
  post: <T>(path: string, body?: unknown, options?: Opts) =>
    apiRequest<T>(path, { ...options, method: "POST", body }),
  patch: <T>(path: string, body: unknown, options?: Opts) =>
    apiRequest<T>(path, { ...options, method: "PATCH", body }),
  put: <T>(path: string, body: unknown, options?: Opts) =>
    apiRequest<T>(path, { ...options, method: "PUT", body }),
  delete: <T>(path: string, options?: Opts) => apiRequest<T>(path, { ...options, method: "DELETE" }),
  /** Multipart POST (files); failures read the error envelope like every other call. */
  upload: <T>(path: string, form: FormData, options?: Opts) =>
    apiRequest<T>(path, { ...options, method: "POST", body: form }),
};

export type { ApiErrorData, ApiIssue } from "./api-error";
export { ApiError, fieldErrors, isApiError } from "./api-error";

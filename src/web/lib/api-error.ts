// The server's one error envelope, `{ error: { code, message, issues?, requestId } }`, as a typed
// error the UI can show: `message` is already in the user's language.
export type ApiIssue = { path: string; message: string };

export type ApiErrorData = {
  status: number;
  code: string;
  message: string;
  issues: ApiIssue[];
  requestId?: string;
};

export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly issues: ApiIssue[];
  readonly requestId: string | undefined;

  constructor(data: ApiErrorData) {
    super(data.message);
    this.name = "ApiError";
    this.status = data.status;
    this.code = data.code;
    this.issues = data.issues;
    this.requestId = data.requestId;
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

// Issue paths may arrive as "a.b" or as zod's ["a", "b"], and may name the request part first
// ("body.username"); the UI keys field errors by the field path alone ("username").
const requestParts = new Set(["body", "query", "querystring", "params", "headers"]);

function normalisePath(path: unknown): string {
  const segments = Array.isArray(path) ? path.map(String) : typeof path === "string" ? path.split(".") : [];
  const first = segments[0];
  const rest =
    first !== undefined && requestParts.has(first) && segments.length > 1 ? segments.slice(1) : segments;
  return rest.filter((segment) => segment !== "").join(".");
}

function parseIssues(raw: unknown): ApiIssue[] {
  if (!Array.isArray(raw)) return [];
  return raw.flatMap((issue) =>
    isRecord(issue) && typeof issue.message === "string"
      ? [{ path: normalisePath(issue.path), message: issue.message }]
      : [],
  );
}

/** Reads an error envelope; null when the body is not one (proxy pages, empty bodies). */
export function parseErrorEnvelope(status: number, body: unknown): ApiErrorData | null {
  if (!isRecord(body) || !isRecord(body.error)) return null;
  const { code, message, issues, requestId } = body.error;
  if (typeof code !== "string" || typeof message !== "string") return null;
  return {
    status,
    code,
    message,
    issues: parseIssues(issues),
    ...(typeof requestId === "string" ? { requestId } : {}),
  };
}

/** First server message per field path, for showing next to form inputs. */
export function fieldErrors(error: unknown): Record<string, string> {
  if (!isApiError(error)) return {};
  const result: Record<string, string> = {};
  for (const issue of error.issues) {
    if (issue.path !== "" && result[issue.path] === undefined) result[issue.path] = issue.message;
  }
  return result;
}

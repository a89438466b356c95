import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { z } from "zod";
import { AppError, type ErrorIssue, type Lang, PLATFORM_ERRORS, type PlatformCode } from "../errors";

type Envelope = { error: { code: string; message: string; issues?: ErrorIssue[]; requestId: string } };

const CODE_BY_STATUS: Record<number, PlatformCode> = {
  400: "BAD_REQUEST",
  401: "UNAUTHENTICATED",
  403: "FORBIDDEN",
  404: "NOT_FOUND",
  405: "BAD_REQUEST",
  406: "BAD_REQUEST",
  409: "CONFLICT",
  411: "BAD_REQUEST",
  413: "PAYLOAD_TOO_LARGE",
  414: "BAD_REQUEST",
  415: "UNSUPPORTED_MEDIA_TYPE",
  429: "RATE_LIMITED",
  431: "BAD_REQUEST",
};

type ZodLikeIssue = {
  keyword?: string;
  params?: Record<string, unknown>;
  instancePath?: string;
  message?: string;
};
type LocaleError = (issue: never) => string | { message: string } | undefined | null;

const LOCALES: Record<Lang, LocaleError> = {
  id: z.locales.id().localeError as LocaleError,
  en: z.locales.en().localeError as LocaleError,
};

function render(locale: LocaleError, issue: Record<string, unknown>): string | undefined {
  try {
    const out = locale(issue as never);
    return typeof out === "string" ? out : (out?.message ?? undefined);
  } catch {
    return undefined;
  }
}

/** Zod's default messages are re-rendered in the request's language; our own messages stay as written. */
function localise(i: ZodLikeIssue, lang: Lang): string {
  const message = i.message ?? "invalid";
  const issue = { ...(i.params ?? {}), code: i.keyword, path: [], message };
  if (render(LOCALES.en, issue) !== message) return message;
  return render(LOCALES[lang], issue) ?? message;
}

function validationIssues(err: FastifyError, lang: Lang): ErrorIssue[] {
  const raw = (err.validation ?? []) as ZodLikeIssue[];
  return raw.map((i) => ({
    path: [err.validationContext, ...(i.instancePath ?? "").split("/").filter(Boolean)]
      .filter(Boolean)
      .join("."),
    message: localise(i, lang),
  }));
}

export function requestLang(request: FastifyRequest): Lang {
  return (request as FastifyRequest & { lang?: Lang }).lang ?? "id";
}

export function sendError(request: FastifyRequest, reply: FastifyReply, err: AppError): FastifyReply {
  const body: Envelope = {
    error: { code: err.code, message: err.text[requestLang(request)], requestId: String(request.id) },
  };
  if (err.issues?.length) body.error.issues = err.issues;
  if (err.details) Object.assign(body.error, { details: err.details });
  return reply.status(err.status).type("application/json").send(body);
}

/** One error envelope for every failure; 5xx details are logged, never shown. */
export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof AppError) return sendError(request, reply, error);
    if (error.validation) {
      return sendError(
        request,
        reply,
        new AppError("VALIDATION", { issues: validationIssues(error, requestLang(request)) }),
      );
    }
    const status = error.statusCode ?? 500;
    if (status >= 400 && status < 500) {
      const code = CODE_BY_STATUS[status] ?? "BAD_REQUEST";
      return sendError(request, reply, new AppError(code, {}, { ...PLATFORM_ERRORS[code], status }));
    }
    request.log.error({ err: error }, "unhandled error");
    return sendError(request, reply, new AppError("INTERNAL"));
  });
}

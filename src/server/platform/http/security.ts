import helmet from "@fastify/helmet";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { findControlChars } from "../../../shared/text";
import { AppError } from "../errors";
import { requestLang, sendError } from "./error-handler";

const HSTS = "max-age=15552000; includeSubDomains";
const STATE_CHANGING = new Set(["POST", "PUT", "PATCH", "DELETE"]);

/**
 * Security headers that hold on plain HTTP too. An office often serves Sinergi as
 * http://192.168.1.10:3000 or http://sinergi.lan: `upgrade-insecure-requests` and HSTS would then
 * send the browser to an https that does not exist, so both are added only to responses to a
 * request that came over TLS (directly, or per X-Forwarded-Proto when TRUST_PROXY=on).
 */
export async function installSecurityHeaders(app: FastifyInstance): Promise<void> {
  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        imgSrc: ["'self'", "data:", "blob:"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        scriptSrc: ["'self'"],
        connectSrc: ["'self'"],
        upgradeInsecureRequests: null,
      },
    },
    strictTransportSecurity: false,
    crossOriginEmbedderPolicy: false,
  });
  app.addHook("onSend", async (req, reply) => {
    if (req.protocol !== "https") return;
    reply.header("strict-transport-security", HSTS);
    const csp = reply.getHeader("content-security-policy");
    if (typeof csp === "string" && !csp.includes("upgrade-insecure-requests"))
      reply.header("content-security-policy", `${csp};upgrade-insecure-requests`);
  });
}

/**
 * Whether a state-changing request may come from where it says. Browsers send Sec-Fetch-Site
 * (and Origin) on every POST/PUT/PATCH/DELETE, so a page of another site, or of another port of
 * the same host, is refused. Requests without either header (the CLI, curl, scripts) carry no
 * ambient browser cookies on someone's behalf and pass.
 */
export function isSameOrigin(req: FastifyRequest): boolean {
  // Sec-Fetch-Site is set by the browser itself and is exact, also behind a proxy that rewrites
  // Host; Origin is the fallback for browsers that do not send it.
  const site = req.headers["sec-fetch-site"];
  if (typeof site === "string") return site === "same-origin" || site === "none";
  const origin = req.headers.origin;
  if (origin === undefined) return true;
  return origin === `${req.protocol}://${req.host}`;
}

export function installOriginCheck(app: FastifyInstance): void {
  app.addHook("onRequest", async (req, reply) => {
    if (!STATE_CHANGING.has(req.method) || isSameOrigin(req)) return;
    return sendError(
      req,
      reply,
      new AppError("FORBIDDEN", {
        text: {
          id: "Permintaan dari situs lain ditolak.",
          en: "Requests from another site are refused.",
        },
      }),
    );
  });
}

/**
 * Refuses NUL and control characters in any query, path parameter or JSON string (400). Path and
 * query are checked as the request arrives, before any route's own hooks (rate limits included);
 * the body once it is parsed.
 */
export function installTextGuard(app: FastifyInstance): void {
  const refuse = (req: FastifyRequest, reply: FastifyReply, where: string) => {
    const text = {
      id: "Teks berisi karakter kendali (mis. NUL) yang tidak diizinkan.",
      en: "The text contains control characters (e.g. NUL) that are not allowed.",
    };
    return sendError(
      req,
      reply,
      new AppError("VALIDATION", { text, issues: [{ path: where, message: text[requestLang(req)] }] }),
    );
  };
  app.addHook("onRequest", async (req, reply) => {
    const where = findControlChars(req.params) ?? findControlChars(req.query);
    if (where !== null) return refuse(req, reply, where);
  });
  app.addHook("preValidation", async (req, reply) => {
    const where = findControlChars(req.body);
    if (where !== null) return refuse(req, reply, where);
  });
}

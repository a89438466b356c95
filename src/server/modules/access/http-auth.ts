import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { Database } from "../../platform/db/pool";
import { inScope } from "../../platform/db/pool";
import type { Lang } from "../../platform/errors";
import { langFromHeader } from "../../platform/http/lang";
import type { Ctx } from "./context";
import { findSessionUser } from "./repository";
import { hashToken, SESSION_DAYS } from "./sign-in/login";

export const SESSION_COOKIE = "sinergi_session";

declare module "fastify" {
  interface FastifyRequest {
    ctx: Ctx;
    lang: Lang;
    sessionToken: string | undefined;
  }
}

/** Resolves the session cookie into the request's actor and builds the verb context. */
export function installAuth(app: FastifyInstance, database: Database): void {
  app.decorateRequest("ctx", null as unknown as Ctx);
  app.decorateRequest("lang", "id");
  app.decorateRequest("sessionToken", undefined);
  app.addHook("onRequest", async (request) => {
    const now = new Date();
    request.lang = langFromHeader(request.headers["accept-language"]);
    const token = request.cookies[SESSION_COOKIE];
    let ctx: Ctx = {
      db: database,
      actor: { kind: "public", scope: "*" },
      now,
      requestId: String(request.id),
      lang: request.lang,
    };
    if (token && token.length < 200 && request.url.startsWith("/api/")) {
      const user = await inScope(database, "*", (t) => findSessionUser(t, hashToken(token), now));
      if (user) {
        request.sessionToken = token;
        request.lang = user.language;
        ctx = {
          ...ctx,
          lang: user.language,
          actor: {
            kind: "user",
            userId: user.id,
            username: user.username,
            role: user.role,
            scope: user.regionCode,
            businessId: user.businessId,
          },
        };
      }
    }
    request.ctx = ctx;
  });
}

export function setSessionCookie(request: FastifyRequest, reply: FastifyReply, token: string): void {
  reply.setCookie(SESSION_COOKIE, token, {
    path: "/",
    httpOnly: true,
    sameSite: "lax",
    secure: request.protocol === "https",
    maxAge: SESSION_DAYS * 86_400,
  });
}

export function clearSessionCookie(reply: FastifyReply): void {
  reply.clearCookie(SESSION_COOKIE, { path: "/" });
}

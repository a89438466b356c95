import { existsSync } from "node:fs";
import path from "node:path";
import fastifyStatic from "@fastify/static";
import type { FastifyInstance, FastifyReply } from "fastify";

/**
 * Serves the built SPA (dist/web). Rules:
 * - `/` and every other non-/api GET path answer index.html; the SPA then routes `/` to the staff
 *   area, which sends a visitor who is not signed in to the sign-in page (`/masuk`). The public
 *   store lives at `/toko`.
 * - `/login` (the English name people type) redirects to `/masuk`.
 * - Hashed build output (`/assets/*`) is immutable for a year; everything else (index.html,
 *   sw.js, favicon) is revalidated on each use so a new release is picked up at once.
 * - Text files are sent precompressed (`.br`/`.gz` written next to them by the Vite build).
 */
export async function serveWeb(app: FastifyInstance, webDir: string): Promise<boolean> {
  if (!existsSync(path.join(webDir, "index.html"))) return false;
  await app.register(fastifyStatic, {
    root: webDir,
    wildcard: true,
    index: false,
    preCompressed: true,
    // send's own Cache-Control would overwrite ours (it is applied after setHeaders).
    cacheControl: false,
    setHeaders: (res, file) => {
      const hashed = file.includes(`${path.sep}assets${path.sep}`);
      res.setHeader("cache-control", hashed ? "public, max-age=31536000, immutable" : "no-cache");
      res.setHeader("vary", "accept-encoding");
    },
  });
  app.get("/", { schema: { hide: true } }, (_req, reply) => sendIndex(reply));
  app.get("/login", { schema: { hide: true } }, (req, reply) => {
    const query = req.url.indexOf("?");
    return reply.redirect(`/masuk${query >= 0 ? req.url.slice(query) : ""}`, 302);
  });
  return true;
}

/** The SPA's index.html (client-side routes), never cached without revalidation. */
export function sendIndex(reply: FastifyReply): FastifyReply {
  return reply.type("text/html; charset=utf-8").sendFile("index.html");
}

import { createHash, randomBytes } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import { inScope } from "../../../platform/db/pool";
import { AppError } from "../../../platform/errors";
import { recordAudit } from "../audit/audit";
import type { Ctx } from "../context";
import type { LoginBody, Me } from "../contract";
import { loginWaitSeconds, THROTTLE_WINDOW_MS } from "../domain/login-throttle";
import { accessError } from "../errors";
import { failureStats, findUserByUsername, toMe } from "../repository";
import { loginAttempts, sessions } from "../schema";
import { dummyHash, verifyPassword } from "./passwords";

export const SESSION_DAYS = 14;

export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

function throttled(seconds: number): AppError {
  return new AppError("RATE_LIMITED", {
    text: {
      id: `Terlalu banyak percobaan masuk yang gagal. Coba lagi dalam ${seconds} detik.`,
      en: `Too many failed sign-in attempts. Try again in ${seconds} seconds.`,
    },
    details: { retryAfterSeconds: seconds },
  });
}

/**
 * Records the attempt as failed before the password is checked, under a lock per client address,
 * so concurrent guesses from one address count against each other; refuses while a delay runs.
 */
async function claimAttempt(ctx: Ctx, username: string, ip: string): Promise<number> {
  return inScope(ctx.db, "*", async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`access.login:${ip}`}))`);
    const since = new Date(ctx.now.getTime() - THROTTLE_WINDOW_MS);
    const wait = loginWaitSeconds(await failureStats(tx, { username, ip, since }), ctx.now);
    if (wait > 0) throw throttled(wait);
    const [row] = await tx
      .insert(loginAttempts)
      .values({ username, ip, ok: false, at: ctx.now })
      .returning({ id: loginAttempts.id });
    return row?.id ?? 0;
  });
}

/** Checks the password (argon2id) behind growing per-address delays and opens a session. */
export async function login({
  ctx,
  input,
  client,
}: {
  ctx: Ctx;
  input: LoginBody;
  client: { ip: string | null; userAgent: string | null };
}): Promise<{ token: string; me: Me; expiresAt: Date }> {
  const username = input.username.toLowerCase();
  const attemptId = await claimAttempt(ctx, username, client.ip ?? "unknown");
  const user = await inScope(ctx.db, "*", (tx) => findUserByUsername(tx, username));
  const ok = user?.isActive ? await verifyPassword(user.passwordHash, input.password) : false;
  if (!user) await verifyPassword(await dummyHash(), input.password);
  if (!ok || !user) throw accessError("INVALID_CREDENTIALS");
  const token = randomBytes(32).toString("base64url");
  const expiresAt = new Date(ctx.now.getTime() + SESSION_DAYS * 86_400_000);
  await inScope(ctx.db, "*", async (tx) => {
    await tx.update(loginAttempts).set({ ok: true }).where(eq(loginAttempts.id, attemptId));
    await tx.insert(sessions).values({
      tokenHash: hashToken(token),
      userId: user.id,
      expiresAt,
      ip: client.ip,
      userAgent: client.userAgent?.slice(0, 300) ?? null,
    });
    await recordAudit(
      tx,
      { ...ctx, actor: { kind: "system", name: username, scope: "*" } },
      { action: "access.login", entityType: "user", entityId: user.id, entityRegion: user.regionCode },
    );
  });
  return { token, me: toMe(user), expiresAt };
}

export async function logout({ ctx, token }: { ctx: Ctx; token: string }): Promise<void> {
  await inScope(ctx.db, "*", (tx) => tx.delete(sessions).where(eq(sessions.tokenHash, hashToken(token))));
}

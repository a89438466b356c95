import { createHash, randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import { inScope } from "../../platform/db/pool";
import { AppError } from "../../platform/errors";
import { recordAudit } from "./audit";
import type { Ctx } from "./context";
import type { LoginBody, Me } from "./contract";
import { dummyHash, verifyPassword } from "./passwords";
import { findUserByUsername, recentFailures, toMe } from "./repository";
import { loginAttempts, sessions } from "./schema";

export const SESSION_DAYS = 14;
const MAX_FAILURES = 5;
const FAILURE_WINDOW_MS = 15 * 60_000;

export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** Checks the password (argon2id), limits failed attempts per username and opens a session. */
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
  const outcome = await inScope(ctx.db, "*", async (tx) => {
    const failures = await recentFailures(tx, username, new Date(ctx.now.getTime() - FAILURE_WINDOW_MS));
    if (failures >= MAX_FAILURES) return { kind: "limited" } as const;
    const user = await findUserByUsername(tx, username);
    const ok = user?.isActive ? await verifyPassword(user.passwordHash, input.password) : false;
    if (!user) await verifyPassword(await dummyHash(), input.password);
    await tx.insert(loginAttempts).values({ username, ip: client.ip, ok });
    // The failed attempt is committed; the error is raised after the transaction.
    if (!ok || !user) return { kind: "invalid" } as const;
    const token = randomBytes(32).toString("base64url");
    const expiresAt = new Date(ctx.now.getTime() + SESSION_DAYS * 86_400_000);
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
      {
        action: "access.login",
        entityType: "user",
        entityId: user.id,
        entityRegion: user.regionCode,
      },
    );
    return { kind: "ok", token, me: toMe(user), expiresAt } as const;
  });
  if (outcome.kind === "limited") {
    throw new AppError("RATE_LIMITED", {
      text: {
        id: "Terlalu banyak percobaan masuk yang gagal. Tunggu 15 menit lalu coba lagi.",
        en: "Too many failed sign-in attempts. Wait 15 minutes and try again.",
      },
    });
  }
  if (outcome.kind === "invalid") throw new AppError("INVALID_CREDENTIALS");
  return { token: outcome.token, me: outcome.me, expiresAt: outcome.expiresAt };
}

export async function logout({ ctx, token }: { ctx: Ctx; token: string }): Promise<void> {
  await inScope(ctx.db, "*", (tx) => tx.delete(sessions).where(eq(sessions.tokenHash, hashToken(token))));
}

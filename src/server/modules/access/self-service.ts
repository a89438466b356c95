import { and, eq, ne } from "drizzle-orm";
import { AppError, notFound } from "../../platform/errors";
import { recordAudit } from "./audit/audit";
import { type Ctx, requireUser, tx } from "./context";
import type { ChangePasswordBody, Me, UpdateMeBody } from "./contract";
import { findUserById, toMe } from "./repository";
import { sessions, users } from "./schema";
import { hashToken } from "./sign-in/login";
import { requireStrongPassword } from "./sign-in/password-rules";
import { hashPassword, verifyPassword } from "./sign-in/passwords";

export async function getMe({ ctx }: { ctx: Ctx }): Promise<Me> {
  const actor = requireUser(ctx);
  const row = await tx(ctx, (t) => findUserById(t, actor.userId));
  if (!row) throw notFound();
  return toMe(row);
}

export async function updateMe({ ctx, input }: { ctx: Ctx; input: UpdateMeBody }): Promise<Me> {
  const actor = requireUser(ctx);
  return tx(ctx, async (t) => {
    const [row] = await t
      .update(users)
      .set({
        ...(input.language && { language: input.language }),
        ...(input.displayName && { displayName: input.displayName }),
        updatedAt: ctx.now,
      })
      .where(eq(users.id, actor.userId))
      .returning();
    if (!row) throw notFound();
    await recordAudit(t, ctx, {
      action: "access.update-me",
      entityType: "user",
      entityId: row.id,
      entityRegion: row.regionCode,
      after: input,
    });
    return toMe(row);
  });
}

/** Changes the password and ends the user's other sessions. */
export async function changePassword({
  ctx,
  input,
  currentToken,
}: {
  ctx: Ctx;
  input: ChangePasswordBody;
  currentToken: string | undefined;
}): Promise<void> {
  const actor = requireUser(ctx);
  requireStrongPassword(input.newPassword, actor.username, { lang: ctx.lang, field: "newPassword" });
  const row = await tx(ctx, (t) => findUserById(t, actor.userId));
  if (!row || !(await verifyPassword(row.passwordHash, input.currentPassword))) {
    const text = { id: "Kata sandi saat ini salah.", en: "The current password is wrong." };
    throw new AppError("VALIDATION", {
      text,
      issues: [{ path: "currentPassword", message: text[ctx.lang] }],
    });
  }
  const passwordHash = await hashPassword(input.newPassword);
  await tx(ctx, async (t) => {
    await t.update(users).set({ passwordHash, updatedAt: ctx.now }).where(eq(users.id, actor.userId));
    const keep = currentToken ? hashToken(currentToken) : "";
    await t.delete(sessions).where(and(eq(sessions.userId, actor.userId), ne(sessions.tokenHash, keep)));
    await recordAudit(t, ctx, {
      action: "access.change-password",
      entityType: "user",
      entityId: actor.userId,
      entityRegion: row.regionCode,
    });
  });
}

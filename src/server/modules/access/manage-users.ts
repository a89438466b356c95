import { eq } from "drizzle-orm";
import { AppError, notFound } from "../../platform/errors";
import { newId } from "../../platform/ids";
import { recordAudit } from "./audit/audit";
import { requireBindableBusiness } from "./business-binding";
import { type Ctx, requirePermission, tx } from "./context";
import type { CreateUserBody, UpdateUserBody, User } from "./contract";
import { scopeWithin } from "./domain/scope";
import { accessError } from "./errors";
import { findUserById, findUserByUsername, listUsers as listUserRows, toUser } from "./repository";
import { sessions, users } from "./schema";
import { requireStrongPassword } from "./sign-in/password-rules";
import { hashPassword } from "./sign-in/passwords";

function requireScopeWithin(ctx: Ctx, scope: string): void {
  if (!scopeWithin(ctx.actor.scope, scope)) throw new AppError("OUT_OF_SCOPE");
}

function requireStrong(ctx: Ctx, password: string, username: string): void {
  requireStrongPassword(password, username, { lang: ctx.lang, field: "password" });
}

/** Users inside the admin's scope. */
export async function listUsers({ ctx }: { ctx: Ctx }): Promise<User[]> {
  requirePermission(ctx, "users.manage");
  return tx(ctx, async (t) => (await listUserRows(t)).map(toUser));
}

export async function createUser({ ctx, input }: { ctx: Ctx; input: CreateUserBody }): Promise<User> {
  requirePermission(ctx, "users.manage");
  requireScopeWithin(ctx, input.scope);
  requireStrong(ctx, input.password, input.username);
  const passwordHash = await hashPassword(input.password);
  return tx(ctx, async (t) => {
    if (await findUserByUsername(t, input.username)) throw accessError("USERNAME_TAKEN");
    if (input.businessId)
      await requireBindableBusiness(t, ctx, { businessId: input.businessId, scope: input.scope });
    const [row] = await t
      .insert(users)
      .values({
        id: newId(),
        username: input.username,
        displayName: input.displayName,
        role: input.role,
        regionCode: input.scope,
        passwordHash,
        businessId: input.businessId ?? null,
        institution: input.institution ?? null,
      })
      .onConflictDoNothing()
      .returning();
    if (!row) throw accessError("USERNAME_TAKEN");
    const user = toUser(row);
    await recordAudit(t, ctx, {
      action: "access.create-user",
      entityType: "user",
      entityId: user.id,
      entityRegion: user.scope,
      after: user,
    });
    return user;
  });
}

export async function updateUser({
  ctx,
  id,
  input,
}: {
  ctx: Ctx;
  id: string;
  input: UpdateUserBody;
}): Promise<User> {
  requirePermission(ctx, "users.manage");
  if (input.scope) requireScopeWithin(ctx, input.scope);
  const passwordHash = input.password ? await hashPassword(input.password) : undefined;
  return tx(ctx, async (t) => {
    const existing = await findUserById(t, id);
    if (!existing) throw notFound();
    if (input.password) requireStrong(ctx, input.password, existing.username);
    const [row] = await t
      .update(users)
      .set({
        ...(input.displayName !== undefined && { displayName: input.displayName }),
        ...(input.role !== undefined && { role: input.role }),
        ...(input.scope !== undefined && { regionCode: input.scope }),
        ...(input.isActive !== undefined && { isActive: input.isActive }),
        ...(passwordHash !== undefined && { passwordHash }),
        updatedAt: ctx.now,
      })
      .where(eq(users.id, id))
      .returning();
    if (!row) throw notFound();
    // A reset password ends every session of the user: whoever knew the old one is signed out.
    if (passwordHash !== undefined) await t.delete(sessions).where(eq(sessions.userId, id));
    const before = toUser(existing);
    const after = toUser(row);
    await recordAudit(t, ctx, {
      action: "access.update-user",
      entityType: "user",
      entityId: id,
      entityRegion: after.scope,
      before,
      after: { ...after, passwordChanged: Boolean(passwordHash) },
    });
    return after;
  });
}

import type { Database, Tx } from "../../platform/db/pool";
import { inScope as runInScope } from "../../platform/db/pool";
import { AppError, forbidden, type Lang } from "../../platform/errors";
import { ACCESS_PERMISSIONS, type PermissionTable, roleHolds } from "./domain/permissions";
import type { Role } from "./domain/roles";
import { inScope, type Scope } from "./domain/scope";

/** Who acts: a signed-in user, the public store, a background job or the command line. */
export type Actor =
  | { kind: "user"; userId: string; username: string; role: Role; scope: Scope; businessId: string | null }
  | { kind: "public"; scope: "*" }
  | { kind: "system"; name: string; scope: "*" }
  | { kind: "cli"; name: string; scope: "*" };

/** What every verb receives: HTTP handlers, jobs and the CLI build the same context. */
export type Ctx = { db: Database; actor: Actor; now: Date; requestId: string; lang: Lang };

export function systemCtx(db: Database, name: string): Ctx {
  return { db, actor: { kind: "system", name, scope: "*" }, now: new Date(), requestId: name, lang: "id" };
}

export function actorName(actor: Actor): string {
  return actor.kind === "user" ? actor.username : actor.kind === "public" ? "publik" : actor.name;
}

export function actorId(actor: Actor): string | null {
  return actor.kind === "user" ? actor.userId : null;
}

/** Runs a verb's reads and writes in one transaction under the actor's region scope (RLS). */
export function tx<T>(ctx: Ctx, fn: (tx: Tx) => Promise<T>): Promise<T> {
  return runInScope(ctx.db, ctx.actor.scope, fn);
}

/**
 * The one place where a verb checks role permission, for a module's permission table (its own
 * rows plus access's shared ones); system and CLI actors hold every permission.
 */
export function permissionsFor<T extends PermissionTable>(table: T) {
  const all = { ...ACCESS_PERMISSIONS, ...table };
  type P = keyof typeof all;
  return {
    table,
    hasPermission: (role: Role, permission: P): boolean => roleHolds(all, role, permission),
    /** The roles that hold a permission (for the authorisation matrix). */
    rolesOf: (permission: P): readonly Role[] => all[permission] as readonly Role[],
    requirePermission(ctx: Ctx, permission: P): void {
      const { actor } = ctx;
      if (actor.kind === "system" || actor.kind === "cli") return;
      if (actor.kind === "public") throw new AppError("UNAUTHENTICATED");
      if (!roleHolds(all, actor.role, permission)) throw forbidden();
    },
  };
}

/** Access's own checks (users, audit, jobs). */
export const { requirePermission, hasPermission } = permissionsFor({});

/** The one place where a verb checks region scope. */
export function requireScope(ctx: Ctx, regionCode: string | null | undefined): void {
  if (!inScope(ctx.actor.scope, regionCode)) throw new AppError("OUT_OF_SCOPE");
}

export function requireUser(ctx: Ctx): Extract<Actor, { kind: "user" }> {
  if (ctx.actor.kind !== "user") throw new AppError("UNAUTHENTICATED");
  return ctx.actor;
}

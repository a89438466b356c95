import { and, desc, eq, gt, sql } from "drizzle-orm";
import type { Db, Tx } from "../../platform/db/pool";
import type { Me, User } from "./contract";
import { loginAttempts, sessions, users } from "./schema";

type UserRow = typeof users.$inferSelect;

export const toUser = (u: UserRow): User => ({
  id: u.id,
  username: u.username,
  displayName: u.displayName,
  role: u.role,
  scope: u.regionCode,
  isActive: u.isActive,
  createdAt: u.createdAt.toISOString(),
});

export const toMe = (u: UserRow): Me => ({
  id: u.id,
  username: u.username,
  displayName: u.displayName,
  role: u.role,
  scope: u.regionCode,
  language: u.language,
  businessId: u.businessId,
});

export async function findUserByUsername(db: Db | Tx, username: string): Promise<UserRow | undefined> {
  const rows = await db.select().from(users).where(eq(users.username, username)).limit(1);
  return rows[0];
}

export async function findUserById(db: Db | Tx, id: string): Promise<UserRow | undefined> {
  const rows = await db.select().from(users).where(eq(users.id, id)).limit(1);
  return rows[0];
}

/** Users visible under the transaction's scope (row-level security narrows further). */
export async function listUsers(db: Db | Tx): Promise<UserRow[]> {
  return db.select().from(users).orderBy(users.username);
}

export async function findSessionUser(
  db: Db | Tx,
  tokenHash: string,
  now: Date,
): Promise<UserRow | undefined> {
  const rows = await db
    .select({ user: users })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.tokenHash, tokenHash), gt(sessions.expiresAt, now), eq(users.isActive, true)))
    .limit(1);
  return rows[0]?.user;
}

export async function recentFailures(db: Db | Tx, username: string, since: Date): Promise<number> {
  const rows = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(loginAttempts)
    .where(
      and(eq(loginAttempts.username, username), eq(loginAttempts.ok, false), gt(loginAttempts.at, since)),
    );
  return rows[0]?.n ?? 0;
}

export async function lastLogins(db: Db | Tx, username: string) {
  return db
    .select()
    .from(loginAttempts)
    .where(eq(loginAttempts.username, username))
    .orderBy(desc(loginAttempts.at))
    .limit(10);
}

import { and, desc, eq, gt, sql } from "drizzle-orm";
import type { Db, Tx } from "../../platform/db/pool";
import type { Me, User } from "./contract";
import type { FailureStats } from "./domain/login-throttle";
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

/** Failed sign-ins from one address: for this username since its last success, and overall. */
export async function failureStats(
  db: Db | Tx,
  q: { username: string; ip: string; since: Date },
): Promise<FailureStats> {
  const result = await db.execute<{
    pair_failures: number;
    pair_last: number | null;
    ip_failures: number;
    ip_last: number | null;
  }>(sql`
    with recent as (
      select username, ok, at from ${loginAttempts} where ip = ${q.ip} and at > ${q.since}
    ), pair as (
      select * from recent where username = ${q.username}
        and at > coalesce((select max(at) from recent where username = ${q.username} and ok), '-infinity')
    )
    select (select count(*)::int from pair where not ok) as pair_failures,
           (select extract(epoch from max(at)) * 1000 from pair where not ok)::float8 as pair_last,
           (select count(*)::int from recent where not ok) as ip_failures,
           (select extract(epoch from max(at)) * 1000 from recent where not ok)::float8 as ip_last`);
  const row = result.rows[0];
  const date = (v: number | null | undefined) => (v == null ? null : new Date(Number(v)));
  return {
    pairFailures: row?.pair_failures ?? 0,
    pairLastFailure: date(row?.pair_last),
    ipFailures: row?.ip_failures ?? 0,
    ipLastFailure: date(row?.ip_last),
  };
}

export async function lastLogins(db: Db | Tx, username: string) {
  return db
    .select()
    .from(loginAttempts)
    .where(eq(loginAttempts.username, username))
    .orderBy(desc(loginAttempts.at))
    .limit(10);
}

import type { Role } from "./roles";

/**
 * Who may do what. Region scope is checked separately (scope.ts); a permission table says which
 * roles hold a permission at all. Each module declares its own table in `<module>/permissions.ts`
 * and lists it in its manifest; the authorisation matrix and the permission-table test walk them.
 */
export type PermissionTable = Readonly<Record<string, readonly Role[]>>;

/** The permissions access itself checks, and the owner's one that several modules share. */
export const ACCESS_PERMISSIONS = {
  "users.manage": ["admin_provinsi"],
  "jobs.read": ["admin_provinsi", "operator_kabkota", "pendamping", "konsultan_plut", "pimpinan"],
  "business.own": ["pelaku_usaha"],
} as const satisfies PermissionTable;

export type AccessPermission = keyof typeof ACCESS_PERMISSIONS;

export function roleHolds<T extends PermissionTable>(table: T, role: Role, permission: keyof T): boolean {
  return (table[permission] as readonly Role[] | undefined)?.includes(role) ?? false;
}

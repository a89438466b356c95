import type { Role } from "./roles";

/**
 * Who may do what. Region scope is checked separately (scope.ts); this matrix says which roles
 * hold a permission at all. Kept in one table so the authorisation-matrix test can walk it.
 */
export const PERMISSIONS = {
  "users.manage": ["admin_provinsi"],
  "regions.read": [
    "admin_provinsi",
    "operator_kabkota",
    "pendamping",
    "konsultan_plut",
    "pelaku_usaha",
    "pembeli_instansi",
    "pimpinan",
  ],
  "audit.read": ["admin_provinsi", "pimpinan"],
  "jobs.read": ["admin_provinsi", "operator_kabkota", "pendamping", "konsultan_plut", "pimpinan"],
  "registry.read": ["admin_provinsi", "operator_kabkota", "pendamping", "pimpinan", "konsultan_plut"],
  "registry.write": ["admin_provinsi", "operator_kabkota", "pendamping"],
  "registry.import": ["admin_provinsi", "operator_kabkota"],
  "registry.reveal_nik": ["admin_provinsi", "operator_kabkota"],
  "constraints.manage": ["admin_provinsi", "operator_kabkota", "pendamping", "konsultan_plut"],
  "linkage.run": ["admin_provinsi", "operator_kabkota"],
  "linkage.review": ["admin_provinsi", "operator_kabkota"],
  "linkage.read": ["admin_provinsi", "operator_kabkota", "pimpinan"],
  "linkage.hint": ["admin_provinsi", "operator_kabkota", "pendamping"],
  "aid.manage_programmes": ["admin_provinsi"],
  "aid.propose": ["admin_provinsi", "operator_kabkota"],
  "aid.verify": ["admin_provinsi"],
  "aid.read": ["admin_provinsi", "operator_kabkota", "pimpinan"],
  "market.manage": ["admin_provinsi", "konsultan_plut"],
  "market.read": ["admin_provinsi", "konsultan_plut", "pimpinan"],
  "market.institution_order": ["pembeli_instansi", "konsultan_plut", "admin_provinsi"],
  "business.own": ["pelaku_usaha"],
  "training.manage": ["admin_provinsi", "operator_kabkota", "konsultan_plut"],
  "training.read": ["admin_provinsi", "operator_kabkota", "konsultan_plut", "pimpinan"],
  "reports.read": ["admin_provinsi", "operator_kabkota", "konsultan_plut", "pimpinan"],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

export function hasPermission(role: Role, permission: Permission): boolean {
  return (PERMISSIONS[permission] as readonly Role[]).includes(role);
}

// Which roles hold the market module's permissions (region scope is checked apart). Listed in the
// manifest, so the authorisation matrix and the permission-table test see every module's rows.
import { type PermissionTable, permissionsFor } from "../access";

export const MARKET_PERMISSIONS = {
  "market.manage": ["admin_provinsi", "konsultan_plut"],
  "market.read": ["admin_provinsi", "konsultan_plut", "pimpinan"],
  "market.institution_order": ["pembeli_instansi", "konsultan_plut", "admin_provinsi"],
} as const satisfies PermissionTable;

/** The market verbs' permission checks (its own permissions and access's shared ones). */
export const { requirePermission, hasPermission, rolesOf } = permissionsFor(MARKET_PERMISSIONS);

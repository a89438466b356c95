// Which roles hold the reports module's permissions (region scope is checked apart). Listed in the
// manifest, so the authorisation matrix and the permission-table test see every module's rows.
import { type PermissionTable, permissionsFor } from "../access";

export const REPORTS_PERMISSIONS = {
  "reports.read": ["admin_provinsi", "operator_kabkota", "konsultan_plut", "pimpinan"],
} as const satisfies PermissionTable;

/** The reports verbs' permission checks (its own permissions and access's shared ones). */
export const { requirePermission, hasPermission, rolesOf } = permissionsFor(REPORTS_PERMISSIONS);

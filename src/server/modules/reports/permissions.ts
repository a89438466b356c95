// Which roles hold the reports module's permissions (region scope is checked apart). Listed in the
// manifest, so the authorisation matrix and the permission-table test see every module's rows.
import { type PermissionTable, permissionsFor } from "../access";

export const REPORTS_PERMISSIONS = {
  "reports.read": ["admin_provinsi", "operator_kabkota", "konsultan_plut", "pimpinan"],
  /** A person's data on request (UU PDP Pasal 32): it holds the full NIK, so the NIK revealers. */
  "reports.person_data": ["admin_provinsi", "operator_kabkota"],
  /** The NIK reveal log (who showed whose NIK, when, why): the province admin and the office head. */
  "reports.nik_reveals": ["admin_provinsi", "pimpinan"],
} as const satisfies PermissionTable;

/** The reports verbs' permission checks (its own permissions and access's shared ones). */
export const { requirePermission, hasPermission, rolesOf } = permissionsFor(REPORTS_PERMISSIONS);

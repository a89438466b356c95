/**
 * access: users, roles, region scopes, sessions, passwords (argon2id) and the hash-chained audit
 * log. Every other business module builds its verbs on the context and checks defined here.
 */
import type { ServerModule } from "../../platform/module";
import { ACCESS_PERMISSIONS } from "./domain/permissions";
import { ACCESS_ERRORS } from "./errors";
import { jobRoutes } from "./job-routes";
import { accessRoutes } from "./routes";

export { type AuditInput, recordAudit, recordAudits } from "./audit/audit";
export { type ChainHead, currentHead, type VerifyResult, verifyAudit } from "./audit/audit-chain";
export { advanceHeadFile, auditHeadFile, readHeadFile, writeHeadFile } from "./audit/audit-head";
export { type AuditLogEvent, type AuditLogQuery, readAuditLog } from "./audit/audit-log";
export { type AuditSubject, type AuditTrailEvent, readAuditTrail } from "./audit/audit-trail";
export { type BusinessRegionLookup, provideBusinessRegionLookup } from "./business-binding";
export {
  type Actor,
  actorName,
  type Ctx,
  hasPermission,
  permissionsFor,
  requirePermission,
  requireScope,
  requireUser,
  systemCtx,
  tx,
} from "./context";
export type { Me, User } from "./contract";
export { CreateUserBody } from "./contract";
export { ACCESS_PERMISSIONS, type AccessPermission, type PermissionTable } from "./domain/permissions";
export { isRole, ROLES, type Role } from "./domain/roles";
export { inScope, isValidScope, type Scope, scopeWithin } from "./domain/scope";
export { installAuth } from "./http-auth";
export { createUser, listUsers, updateUser } from "./manage-users";
export { hashPassword } from "./sign-in/passwords";

/** The access module's manifest (its routes' authz specs are the platform's, in testing/authz). */
export const accessModule: ServerModule = {
  name: "access",
  errors: ACCESS_ERRORS,
  permissions: ACCESS_PERMISSIONS,
  routes: ({ jobs }) => [accessRoutes, jobRoutes(jobs)],
};

/**
 * access: users, roles, region scopes, sessions, passwords (argon2id) and the hash-chained audit
 * log. Every other business module builds its verbs on the context and checks defined here.
 */
export { type AuditInput, recordAudit } from "./audit";
export { type ChainHead, currentHead, type VerifyResult, verifyAudit } from "./audit-chain";
export { advanceHeadFile, auditHeadFile, readHeadFile, writeHeadFile } from "./audit-head";
export {
  type Actor,
  actorName,
  type Ctx,
  requirePermission,
  requireScope,
  requireUser,
  systemCtx,
  tx,
} from "./context";
export type { Me, User } from "./contract";
export { CreateUserBody } from "./contract";
export { hasPermission, PERMISSIONS, type Permission } from "./domain/permissions";
export { isRole, ROLES, type Role } from "./domain/roles";
export { inScope, isValidScope, type Scope, scopeWithin } from "./domain/scope";
export { installAuth } from "./http-auth";
export { jobRoutes } from "./job-routes";
export { createUser, listUsers, updateUser } from "./manage-users";
export { hashPassword } from "./passwords";
export { accessRoutes } from "./routes";

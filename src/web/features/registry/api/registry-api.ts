// Calls to the register's API (shapes from the server's contract, imported as types only).

import type { BusinessPage } from "../../../../server/modules/registry/contract-business-page";
import type {
  AssignConstraintBody,
  ConstraintDetail,
  ConstraintListQuery,
  ConstraintListResponse,
  ConstraintStatusBody,
  CreateConstraintBody,
  FollowUpBody,
} from "../../../../server/modules/registry/contract-constraints";
import type {
  BusinessListQuery,
  BusinessListResponse,
  RevealedIdentity,
} from "../../../../server/modules/registry/contract-register";
import { api } from "../../../lib/api";
import { registryPaths } from "./paths";

type Query = Record<string, string | number | boolean | undefined>;

/** Filters as the list page keeps them (the server coerces "true"/"false" and numbers). */
export type BusinessFilters = Partial<
  Omit<BusinessListQuery, "affected" | "hasOpenConstraints" | "revealNik">
> & {
  affected?: boolean;
  hasOpenConstraints?: boolean;
};

/** Full NIKs are asked for with a reason (the server refuses a reveal without one and logs it). */
export function businessQuery(filters: BusinessFilters, revealReason?: string): Query {
  return { ...filters, revealNik: revealReason ? true : undefined, revealReason };
}

export const fetchBusinesses = (filters: BusinessFilters, revealReason?: string, signal?: AbortSignal) =>
  api.get<BusinessListResponse>(registryPaths.businesses, {
    query: businessQuery(filters, revealReason),
    signal,
  });

export const fetchBusinessPage = (id: string, revealReason?: string, signal?: AbortSignal) =>
  api.get<BusinessPage>(registryPaths.business(id), {
    query: { revealNik: revealReason ? true : undefined, revealReason },
    signal,
  });

export const revealIdentity = ({ personId, reason }: { personId: string; reason: string }) =>
  api.post<RevealedIdentity>(registryPaths.personReveal(personId), { reason });

/** Download address of the xlsx export under the same filters (the server limits it to the scope). */
export function exportUrl(filters: BusinessFilters): string {
  const { limit: _l, offset: _o, cursor: _c, sort: _s, ...rest } = filters;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(rest)) {
    if (value !== undefined && value !== "") params.set(key, String(value));
  }
  const text = params.toString();
  return text === "" ? registryPaths.businessExport : `${registryPaths.businessExport}?${text}`;
}

export type ConstraintFilters = Partial<ConstraintListQuery>;

export const fetchConstraints = (filters: ConstraintFilters, signal?: AbortSignal) =>
  api.get<ConstraintListResponse>(registryPaths.constraints, { query: filters as Query, signal });

export const fetchConstraint = (id: string, signal?: AbortSignal) =>
  api.get<ConstraintDetail>(registryPaths.constraint(id), { signal });

export const reportConstraint = (input: { businessId: string; body: CreateConstraintBody }) =>
  api.post<ConstraintDetail>(registryPaths.businessConstraints(input.businessId), input.body);

export const assignConstraint = (input: { id: string; body: AssignConstraintBody }) =>
  api.post<ConstraintDetail>(registryPaths.constraintAssign(input.id), input.body);

export const followUpConstraint = (input: { id: string; body: FollowUpBody }) =>
  api.post<ConstraintDetail>(registryPaths.constraintFollowUps(input.id), input.body);

export const changeConstraintStatus = (input: { id: string; body: ConstraintStatusBody }) =>
  api.post<ConstraintDetail>(registryPaths.constraintStatus(input.id), input.body);

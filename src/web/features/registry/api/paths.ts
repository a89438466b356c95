// Every /api/registry path the web app calls, in one place (server: registry/routes.ts).
const base = "/api/registry";
const id = (value: string) => encodeURIComponent(value);

export const registryPaths = {
  businesses: `${base}/businesses`,
  business: (businessId: string) => `${base}/businesses/${id(businessId)}`,
  businessExport: `${base}/businesses/export.xlsx`,
  businessConstraints: (businessId: string) => `${base}/businesses/${id(businessId)}/constraints`,
  businessImpacts: (businessId: string) => `${base}/businesses/${id(businessId)}/impacts`,
  person: (personId: string) => `${base}/persons/${id(personId)}`,
  personReveal: (personId: string) => `${base}/persons/${id(personId)}/reveal-nik`,
  constraints: `${base}/constraints`,
  constraint: (constraintId: string) => `${base}/constraints/${id(constraintId)}`,
  constraintAssign: (constraintId: string) => `${base}/constraints/${id(constraintId)}/assign`,
  constraintFollowUps: (constraintId: string) => `${base}/constraints/${id(constraintId)}/follow-ups`,
  constraintStatus: (constraintId: string) => `${base}/constraints/${id(constraintId)}/status`,
};

// Every /api/registry path the web app calls, in one place (server: registry/routes.ts).
const base = "/api/registry";
const id = (value: string) => encodeURIComponent(value);

export const registryPaths = {
  businesses: `${base}/businesses`,
  business: (businessId: string) => `${base}/businesses/${id(businessId)}`,
  businessExport: `${base}/businesses/export.xlsx`,
  businessConstraints: (businessId: string) => `${base}/businesses/${id(businessId)}/constraints`,
  businessImpacts: (businessId: string) => `${base}/businesses/${id(businessId)}/impacts`,
  businessPivots: (businessId: string) => `${base}/businesses/${id(businessId)}/pivots`,
  businessProducts: (businessId: string) => `${base}/businesses/${id(businessId)}/products`,
  cooperatives: `${base}/cooperatives`,
  cooperative: (cooperativeId: string) => `${base}/cooperatives/${id(cooperativeId)}`,
  person: (personId: string) => `${base}/persons/${id(personId)}`,
  personReveal: (personId: string) => `${base}/persons/${id(personId)}/reveal-nik`,
  constraints: `${base}/constraints`,
  constraint: (constraintId: string) => `${base}/constraints/${id(constraintId)}`,
  constraintAssign: (constraintId: string) => `${base}/constraints/${id(constraintId)}/assign`,
  constraintFollowUps: (constraintId: string) => `${base}/constraints/${id(constraintId)}/follow-ups`,
  constraintStatus: (constraintId: string) => `${base}/constraints/${id(constraintId)}/status`,
};

/** The store's verb that turns a production pivot into a product (server: market/routes-staff.ts). */
export const marketPaths = {
  staffProducts: "/api/market/admin/products",
  productFromPivot: "/api/market/admin/products/from-pivot",
};

// Corrections from the record pages: edit a business, its owner or a cooperative, record a
// production pivot or a product, and turn a pivot into a store product (the store's own API).
import type { ProductFromPivotBody, StaffProduct } from "../../../../server/modules/market/contract-staff";
import type {
  Business,
  Person,
  Pivot,
  PivotInput,
  Product,
  ProductInput,
} from "../../../../server/modules/registry/contract-business-page";
import type {
  Cooperative,
  CooperativeListQuery,
  CooperativeListResponse,
  CooperativePage,
  UpdateCooperativeBody,
} from "../../../../server/modules/registry/contract-cooperatives";
import type {
  UpdateBusinessBody,
  UpdatePersonBody,
} from "../../../../server/modules/registry/contract-register";
import { api } from "../../../lib/api";
import { marketPaths, registryPaths } from "./paths";

export const updateBusiness = (input: { id: string; body: UpdateBusinessBody }) =>
  api.patch<Business>(registryPaths.business(input.id), input.body);

export const updatePerson = (input: { id: string; body: UpdatePersonBody }) =>
  api.patch<Person>(registryPaths.person(input.id), input.body);

export const addPivot = (input: { businessId: string; body: PivotInput }) =>
  api.post<Pivot>(registryPaths.businessPivots(input.businessId), input.body);

export const addProduct = (input: { businessId: string; body: ProductInput }) =>
  api.post<Product>(registryPaths.businessProducts(input.businessId), input.body);

export const fetchCooperatives = (query: Partial<CooperativeListQuery>, signal?: AbortSignal) =>
  api.get<CooperativeListResponse>(registryPaths.cooperatives, {
    query: query as Record<string, string | number | undefined>,
    signal,
  });

export const fetchCooperativePage = (id: string, signal?: AbortSignal) =>
  api.get<CooperativePage>(registryPaths.cooperative(id), { signal });

export const updateCooperative = (input: { id: string; body: UpdateCooperativeBody }) =>
  api.patch<Cooperative>(registryPaths.cooperative(input.id), input.body);

export const createStoreProduct = (body: ProductFromPivotBody) =>
  api.post<StaffProduct>(marketPaths.productFromPivot, body);

export const fetchStoreProducts = (signal?: AbortSignal) =>
  api.get<StaffProduct[]>(marketPaths.staffProducts, { signal });

// Calls to /api/users (provincial admins only).
import { api } from "../../../lib/api";
import type { CreateUserInput, UpdateUserInput, User } from "./types";

export const fetchUsers = (signal?: AbortSignal) => api.get<User[]>("/api/users", { signal });
export const createUser = (input: CreateUserInput) => api.post<User>("/api/users", input);
export const updateUser = ({ id, ...input }: UpdateUserInput & { id: string }) =>
  api.patch<User>(`/api/users/${encodeURIComponent(id)}`, input);

// Calls to /api/auth. `fetchMe` treats 401 as "signed out" (null) rather than an error.
import { api, isApiError } from "../api";
import type { ChangePasswordInput, LoginInput, Me, UpdateMeInput } from "./types";

export async function fetchMe(signal?: AbortSignal): Promise<Me | null> {
  try {
    return await api.get<Me>("/api/auth/me", { signal });
  } catch (error) {
    if (isApiError(error) && error.status === 401) return null;
    throw error;
  }
}

export const login = (input: LoginInput) => api.post<Me>("/api/auth/login", input);
export const logout = () => api.post<void>("/api/auth/logout");
export const updateMe = (input: UpdateMeInput) => api.patch<Me>("/api/auth/me", input);
export const changePassword = (input: ChangePasswordInput) => api.post<void>("/api/auth/password", input);

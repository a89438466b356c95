// Shapes of /api/users (platform HTTP contract).
import type { Role } from "../../../lib/roles";

export type User = {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  scope: string;
  isActive: boolean;
  createdAt: string;
};

export type CreateUserInput = {
  username: string;
  displayName: string;
  role: Role;
  scope: string;
  password: string;
  businessId?: string;
};
export type UpdateUserInput = Partial<{
  displayName: string;
  role: Role;
  scope: string;
  isActive: boolean;
  password: string;
}>;

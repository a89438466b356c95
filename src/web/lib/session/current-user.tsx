// Inside the staff area the user is known (the layout guards it), so pages read a non-null Me.
import { createContext, type ReactNode, useContext } from "react";
import type { Me } from "./types";

const CurrentUserContext = createContext<Me | null>(null);

export function CurrentUserProvider({ user, children }: { user: Me; children: ReactNode }) {
  return <CurrentUserContext.Provider value={user}>{children}</CurrentUserContext.Provider>;
}

/** The signed-in user; only valid below the staff layout. */
export function useCurrentUser(): Me {
  const user = useContext(CurrentUserContext);
  if (!user) throw new Error("useCurrentUser used outside the staff area");
  return user;
}

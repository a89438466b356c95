// Sign in, sign out and account updates. Each keeps the cached Me and the UI language in step.
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { applyLanguage, takeLanguageChosenSignedOut } from "../../../i18n";
import { changePassword, login, logout, updateMe } from "../../../lib/session/auth-api";
import { meQueryKey } from "../../../lib/session/me-query";
import type { Me } from "../../../lib/session/types";

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: login,
    // A language picked on the sign-in page is the person's choice now: saved on the account, so
    // the account's older setting does not switch the screen back after signing in.
    onSuccess: async (signedIn: Me) => {
      const chosen = takeLanguageChosenSignedOut();
      const me =
        chosen && chosen !== signedIn.language
          ? await updateMe({ language: chosen }).catch(() => signedIn)
          : signedIn;
      queryClient.setQueryData(meQueryKey, me);
      await applyLanguage(me.language);
    },
  });
}

export function useLogout() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: logout,
    // Signed out either way: a failed logout request must not keep stale data on screen. Me is
    // set (not removed) so mounted observers see the change; every other query is dropped.
    onSettled: () => {
      queryClient.setQueryData(meQueryKey, null);
      queryClient.removeQueries({
        predicate: (query) => query.queryKey !== meQueryKey && query.queryKey[0] !== "auth",
      });
    },
  });
}

export function useUpdateMe() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateMe,
    onSuccess: async (me: Me) => {
      queryClient.setQueryData(meQueryKey, me);
      await applyLanguage(me.language);
    },
  });
}

export function useChangePassword() {
  return useMutation({ mutationFn: changePassword });
}

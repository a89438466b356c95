// Puts a kendala report or follow-up into the outbox when the server cannot be reached (or the
// send failed for want of a connection); the background sync delivers it later, once.
import { notifications } from "@mantine/notifications";
import { useTranslation } from "react-i18next";
import { isApiError } from "../../../lib/api-error";
import { useCurrentUser } from "../../../lib/session/current-user";
import { type KendalaPayload, newKendalaRecord } from "../offline/kendala-outbox";
import { outboxStore } from "../offline/outbox-db";
import { reportUnreachable } from "../offline/server-reach";
import { syncNow } from "../offline/sync-runner";

export const isNetworkError = (error: unknown): boolean => isApiError(error) && error.code === "NETWORK";

/** Queues a kendala action; the queue shows `title` (its kind) and `detail` (its text). */
export function useQueueKendala(): (
  payload: KendalaPayload,
  title: string,
  detail?: string,
) => Promise<void> {
  const { t } = useTranslation();
  const me = useCurrentUser();
  return async (payload, title, detail = "") => {
    const summary = { businessName: title, ownerName: detail, village: "" };
    await outboxStore.put(newKendalaRecord({ userId: me.id, payload, summary, now: Date.now() }));
    notifications.show({ color: "orange", message: t("registry.queue.kendalaQueued") });
    void syncNow(me.id);
  };
}

/** Runs the online call; on no connection the same action goes to the outbox instead. */
export async function sendOrQueue(
  online: boolean,
  send: () => Promise<unknown>,
  queue: () => Promise<void>,
): Promise<"sent" | "queued"> {
  if (!online) {
    await queue();
    return "queued";
  }
  try {
    await send();
    return "sent";
  } catch (error) {
    if (!isNetworkError(error)) throw error;
    reportUnreachable();
    await queue();
    return "queued";
  }
}

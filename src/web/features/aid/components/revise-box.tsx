// After approval a recipient leaves the list only through a new frozen version, with a reason
// (e.g. found deceased or paid elsewhere); the earlier version and its SHA-256 stay as they were.
import { notifications } from "@mantine/notifications";
import { useTranslation } from "react-i18next";
import { useRevise } from "../hooks/use-aid";
import { ReasonAction } from "./reason-action";

export function ReviseBox({ proposalId, itemId }: { proposalId: string; itemId: string }) {
  const { t } = useTranslation();
  const revise = useRevise(proposalId);
  return (
    <ReasonAction
      label={t("aid.history.revise")}
      reasonLabel={t("aid.history.reviseReason")}
      pending={revise.isPending}
      error={revise.error}
      onConfirm={(reason) =>
        revise.mutate(
          { removeItemIds: [itemId], reason },
          {
            onSuccess: (s) =>
              notifications.show({ message: t("aid.history.revised", { version: s.version }) }),
          },
        )
      }
    />
  );
}

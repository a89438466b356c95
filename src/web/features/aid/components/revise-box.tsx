// After approval a recipient leaves the list only through a new frozen version, with a reason
// (e.g. found deceased or paid elsewhere); the earlier version and its SHA-256 stay as they were.
import { Button, Group, Stack, Textarea } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../../../components/ui/error-alert";
import { useRevise } from "../hooks/use-aid";

export function ReviseBox({ proposalId, itemId }: { proposalId: string; itemId: string }) {
  const { t } = useTranslation();
  const revise = useRevise(proposalId);
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState("");
  if (!open) {
    return (
      <Button size="xs" color="red" variant="subtle" onClick={() => setOpen(true)}>
        {t("aid.history.revise")}
      </Button>
    );
  }
  return (
    <Stack gap={4}>
      <Textarea
        label={t("aid.history.reviseReason")}
        value={reason}
        onChange={(e) => setReason(e.currentTarget.value)}
        autosize
        minRows={2}
      />
      <ErrorAlert error={revise.error} />
      <Group>
        <Button
          size="xs"
          color="red"
          disabled={reason.trim().length < 5}
          loading={revise.isPending}
          onClick={() =>
            revise.mutate(
              { removeItemIds: [itemId], reason: reason.trim() },
              {
                onSuccess: (s) =>
                  notifications.show({ message: t("aid.history.revised", { version: s.version }) }),
              },
            )
          }
        >
          {t("aid.history.revise")}
        </Button>
        <Button size="xs" variant="default" onClick={() => setOpen(false)}>
          {t("common.cancel")}
        </Button>
      </Group>
    </Stack>
  );
}

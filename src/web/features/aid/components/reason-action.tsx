// A red action that asks for its reason first (at least five characters): removing a recipient
// from a draft list, or revising an approved one.
import { Button, Group, Stack, Textarea } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../../../components/ui/error-alert";

export function ReasonAction({
  label,
  reasonLabel,
  pending,
  error,
  onConfirm,
}: {
  label: string;
  reasonLabel: string;
  pending: boolean;
  error: unknown;
  onConfirm: (reason: string) => void;
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState("");
  if (!open) {
    return (
      <Button size="xs" color="red" variant="subtle" onClick={() => setOpen(true)}>
        {label}
      </Button>
    );
  }
  return (
    <Stack gap={4}>
      <Textarea
        label={reasonLabel}
        value={reason}
        onChange={(e) => setReason(e.currentTarget.value)}
        autosize
        minRows={2}
      />
      <ErrorAlert error={error} />
      <Group>
        <Button
          size="xs"
          color="red"
          loading={pending}
          disabled={reason.trim().length < 5}
          onClick={() => onConfirm(reason.trim())}
        >
          {label}
        </Button>
        <Button size="xs" variant="default" onClick={() => setOpen(false)}>
          {t("common.cancel")}
        </Button>
      </Group>
    </Stack>
  );
}

// "Catat peralihan": what the business made before and makes now, since when, and the share of
// production that moved (S2: the tailor who turned to masks).
import { Button, Group, Modal, Stack, Textarea, TextInput } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../../../../components/ui/error-alert";
import { FormActions } from "../../../../components/ui/form-actions";
import { fieldErrors } from "../../../../lib/api-error";
import { useAddPivot } from "../../hooks/use-corrections";
import { readWhole } from "./edit-form";

const blank = { before: "", after: "", since: "", share: "", note: "" };

export function PivotModal({
  businessId,
  opened,
  onClose,
}: {
  businessId: string;
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const save = useAddPivot();
  const [draft, setDraft] = useState(blank);
  const [tried, setTried] = useState(false);
  const server = fieldErrors(save.error);
  const required = t("registry.check.required");
  const share = readWhole(draft.share);
  const local: Record<string, string> = {};
  for (const key of ["before", "after", "since"] as const)
    if (draft[key].trim() === "") local[key] = required;
  if (share !== undefined && (Number.isNaN(share) || share < 1 || share > 100))
    local.share = t("registry.edit.pivotShareHint");
  const close = () => {
    save.reset();
    setDraft(blank);
    setTried(false);
    onClose();
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (Object.keys(local).length > 0) return;
    const body = {
      before: draft.before.trim(),
      after: draft.after.trim(),
      since: draft.since,
      ...(share !== undefined ? { share } : {}),
      ...(draft.note.trim() ? { note: draft.note.trim() } : {}),
    };
    save.mutate(
      { businessId, body },
      {
        onSuccess: () => {
          notifications.show({ color: "teal", message: t("registry.edit.saved") });
          close();
        },
      },
    );
  };
  const field = (key: keyof typeof blank) => ({
    value: draft[key],
    onChange: (e: { currentTarget: { value: string } }) => {
      const value = e.currentTarget.value;
      setDraft((d) => ({ ...d, [key]: value }));
    },
    error: server[key] ?? (tried ? local[key] : undefined),
  });
  return (
    <Modal opened={opened} onClose={close} title={t("registry.edit.pivotTitle")} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          {save.error && Object.keys(server).length === 0 ? <ErrorAlert error={save.error} /> : null}
          <TextInput label={t("registry.edit.pivotBefore")} required {...field("before")} />
          <TextInput label={t("registry.edit.pivotAfter")} required {...field("after")} />
          <Group grow align="flex-start">
            <TextInput label={t("registry.edit.pivotSince")} type="date" required {...field("since")} />
            <TextInput
              label={t("registry.edit.pivotShare")}
              inputMode="numeric"
              description={t("registry.edit.pivotShareHint")}
              {...field("share")}
            />
          </Group>
          <Textarea label={t("registry.edit.pivotNote")} autosize minRows={2} {...field("note")} />
          <FormActions onCancel={close} saving={save.isPending} />
        </Stack>
      </form>
    </Modal>
  );
}

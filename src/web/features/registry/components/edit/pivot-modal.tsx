// "Catat peralihan": what the business made before and makes now, since when, and the share of
// production that moved (S2: the tailor who turned to masks).
import { Group, Modal, Stack, Textarea, TextInput } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../../../../components/ui/error-alert";
import { FormActions } from "../../../../components/ui/form-actions";
import { useAddPivot } from "../../hooks/use-corrections";
import { readWhole } from "./edit-form";
import { useDraftForm } from "./use-draft-form";

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
  const form = useDraftForm({
    kind: "add",
    initial: () => blank,
    save,
    onClose,
    check: (draft) => {
      const local: Record<string, string> = {};
      for (const key of ["before", "after", "since"] as const)
        if ((draft[key] ?? "").trim() === "") local[key] = t("registry.check.required");
      const share = readWhole(draft.share ?? "");
      if (share !== undefined && (Number.isNaN(share) || share < 1 || share > 100))
        local.share = t("registry.edit.pivotShareHint");
      return local;
    },
  });
  const submit = form.submit((draft) => {
    const share = readWhole(draft.share ?? "");
    const note = (draft.note ?? "").trim();
    return {
      businessId,
      body: {
        before: (draft.before ?? "").trim(),
        after: (draft.after ?? "").trim(),
        since: draft.since ?? "",
        ...(share !== undefined ? { share } : {}),
        ...(note ? { note } : {}),
      },
    };
  });
  const { field, close } = form;
  return (
    <Modal opened={opened} onClose={close} title={t("registry.edit.pivotTitle")} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <ErrorAlert error={form.failure} />
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

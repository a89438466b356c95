// "Ubah koperasi": name, legal-entity number, members, sector and street of a cooperative.
import { Modal, Select, Stack, TextInput } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type {
  Cooperative,
  UpdateCooperativeBody,
} from "../../../../../server/modules/registry/contract-cooperatives";
import { SECTORS } from "../../../../../shared/registry-vocab";
import { ErrorAlert } from "../../../../components/ui/error-alert";
import { FormActions } from "../../../../components/ui/form-actions";
import { useUpdateCooperative } from "../../hooks/use-corrections";
import { changedOnly, type Draft, readWhole, text } from "../edit/edit-form";
import { useDraftForm } from "../edit/use-draft-form";

const fromCooperative = (c: Cooperative): Draft => ({
  name: c.name,
  legalEntityNumber: text(c.legalEntityNumber),
  members: text(c.members),
  sector: c.sector,
  street: text(c.street),
});

export function EditCooperativeModal({
  cooperative,
  opened,
  onClose,
}: {
  cooperative: Cooperative;
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const save = useUpdateCooperative();
  const form = useDraftForm({
    kind: "correct",
    initial: () => fromCooperative(cooperative),
    save,
    onClose,
    check: (draft) => {
      const local: Record<string, string> = {};
      if (draft.name?.trim() === "") local.name = t("registry.check.required");
      if (Number.isNaN(readWhole(draft.members ?? ""))) local.members = t("registry.check.countInvalid");
      return local;
    },
  });
  const submit = form.submit((draft) => {
    const changed: Record<string, unknown> = changedOnly(draft, fromCooperative(cooperative));
    if (Object.keys(changed).length === 0) return undefined;
    if ("members" in changed) changed.members = readWhole(draft.members ?? "");
    return { id: cooperative.id, body: changed as UpdateCooperativeBody };
  });
  const { draft, set, close } = form;
  const input = (key: string, label: string) => <TextInput label={label} {...form.field(key)} />;
  return (
    <Modal opened={opened} onClose={close} title={t("registry.edit.cooperatives.editTitle")} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <ErrorAlert error={form.failure} />
          {input("name", t("registry.edit.fields.name"))}
          {input("legalEntityNumber", t("registry.edit.cooperatives.legalEntityNumber"))}
          {input("members", t("registry.edit.cooperatives.members"))}
          <Select
            label={t("registry.list.sector")}
            data={SECTORS.map((value) => ({ value, label: t(`registry.sectors.${value}`) }))}
            value={draft.sector ?? null}
            onChange={(value) => value && set("sector")(value)}
            allowDeselect={false}
            comboboxProps={{ withinPortal: true }}
          />
          {input("street", t("registry.edit.street"))}
          <FormActions onCancel={close} saving={save.isPending} />
        </Stack>
      </form>
    </Modal>
  );
}

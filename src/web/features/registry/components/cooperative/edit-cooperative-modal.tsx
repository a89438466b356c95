// "Ubah koperasi": name, legal-entity number, members, sector and street of a cooperative.
import { Button, Group, Modal, Select, Stack, TextInput } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import type { Cooperative, UpdateCooperativeBody } from "../../../../../server/modules/registry/contract";
import { SECTORS } from "../../../../../shared/registry-vocab";
import { ErrorAlert } from "../../../../components/ui/error-alert";
import { FormActions } from "../../../../components/ui/form-actions";
import { fieldErrors } from "../../../../lib/api-error";
import { useUpdateCooperative } from "../../hooks/use-corrections";
import { changedOnly, type Draft, readWhole, text } from "../edit/edit-form";

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
  const [draft, setDraft] = useState<Draft>(() => fromCooperative(cooperative));
  const server = fieldErrors(save.error);
  const local: Record<string, string> = {};
  if (draft.name?.trim() === "") local.name = t("registry.check.required");
  if (Number.isNaN(readWhole(draft.members ?? ""))) local.members = t("registry.check.countInvalid");
  const close = () => {
    save.reset();
    setDraft(fromCooperative(cooperative));
    onClose();
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (Object.keys(local).length > 0) return;
    const changed: Record<string, unknown> = changedOnly(draft, fromCooperative(cooperative));
    if (Object.keys(changed).length === 0) return close();
    if ("members" in changed) changed.members = readWhole(draft.members ?? "");
    save.mutate(
      { id: cooperative.id, body: changed as UpdateCooperativeBody },
      {
        onSuccess: () => {
          notifications.show({ color: "teal", message: t("registry.edit.saved") });
          onClose();
        },
      },
    );
  };
  const input = (key: string, label: string) => (
    <TextInput
      label={label}
      value={draft[key] ?? ""}
      onChange={(e) => {
        const value = e.currentTarget.value;
        setDraft((d) => ({ ...d, [key]: value }));
      }}
      error={local[key] ?? server[key]}
    />
  );
  return (
    <Modal opened={opened} onClose={close} title={t("registry.edit.cooperatives.editTitle")} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          {save.error && Object.keys(server).length === 0 ? <ErrorAlert error={save.error} /> : null}
          {input("name", t("registry.edit.fields.name"))}
          {input("legalEntityNumber", t("registry.edit.cooperatives.legalEntityNumber"))}
          {input("members", t("registry.edit.cooperatives.members"))}
          <Select
            label={t("registry.list.sector")}
            data={SECTORS.map((value) => ({ value, label: t(`registry.sectors.${value}`) }))}
            value={draft.sector ?? null}
            onChange={(value) => setDraft((d) => ({ ...d, sector: value ?? d.sector ?? "" }))}
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

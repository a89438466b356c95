// Importing a Kartu Prakerja participant list: the file (NIK or name + birth date; wave and status
// columns kept per row), a name, the data's date and the regency (fixed for a regency operator).
import { Button, FileInput, Group, Modal, Select, Stack, Text, TextInput } from "@mantine/core";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../../../components/ui/error-alert";
import { fieldErrors } from "../../../lib/api";
import { useRegionChildren } from "../../../lib/regions/use-regions";
import type { PrakerjaList } from "../api/prakerja-api";
import { useUploadPrakerja } from "../hooks/use-prakerja";

const regencyOf = (scope: string) =>
  scope.split(".").length >= 2 ? scope.split(".").slice(0, 2).join(".") : null;

export function PrakerjaUploadModal(props: {
  opened: boolean;
  scope: string;
  onClose: () => void;
  onDone: (list: PrakerjaList) => void;
}) {
  const { t } = useTranslation();
  const fixed = regencyOf(props.scope);
  const regencies = useRegionChildren(
    props.scope === "*" ? undefined : props.scope,
    props.opened && fixed === null,
  );
  const upload = useUploadPrakerja();
  const [file, setFile] = useState<File | null>(null);
  const [name, setName] = useState("");
  const [asOf, setAsOf] = useState("");
  const [region, setRegion] = useState<string | null>(fixed);
  const errors = fieldErrors(upload.error);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const form = new FormData();
    form.set("name", name);
    if (asOf.trim()) form.set("asOf", asOf.trim());
    form.set("regionCode", region ?? "");
    if (file) form.set("file", file, file.name);
    upload.mutate(form, { onSuccess: (r) => props.onDone(r.list) });
  };
  return (
    <Modal opened={props.opened} onClose={props.onClose} title={t("training.prakerja.import")} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Text size="sm" c="dimmed">
            {t("training.prakerja.importHint")}
          </Text>
          <FileInput
            label={t("training.prakerja.file")}
            accept=".xlsx,.csv,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            value={file}
            onChange={setFile}
            required
            clearable
            error={errors.file}
          />
          <TextInput
            label={t("training.prakerja.name")}
            placeholder={t("training.prakerja.namePlaceholder")}
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            required
            error={errors.name}
          />
          <Group grow align="flex-start">
            <TextInput
              label={t("training.prakerja.asOf")}
              value={asOf}
              onChange={(e) => setAsOf(e.currentTarget.value)}
              placeholder="2020-09-15"
              error={errors.asOf}
            />
            <Select
              label={t("training.region")}
              value={region}
              onChange={setRegion}
              disabled={fixed !== null}
              data={
                fixed !== null
                  ? [{ value: fixed, label: fixed }]
                  : (regencies.data ?? []).map((r) => ({ value: r.code, label: `${r.name} (${r.code})` }))
              }
              required
              searchable
              error={errors.regionCode}
            />
          </Group>
          <ErrorAlert error={upload.error && Object.keys(errors).length === 0 ? upload.error : null} />
          <Group justify="flex-end">
            <Button variant="default" onClick={props.onClose}>
              {t("common.cancel")}
            </Button>
            <Button type="submit" loading={upload.isPending}>
              {t("training.prakerja.submit")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

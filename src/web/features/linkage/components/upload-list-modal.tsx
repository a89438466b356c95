// Uploading an outside list: file, name, type, source, date and the regency it covers (fixed for
// a regency operator, chosen from the province for an admin). Linking starts at once on the server.
import { Button, FileInput, Group, Modal, Select, Stack, TextInput } from "@mantine/core";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../../../components/ui/error-alert";
import { fieldErrors } from "../../../lib/api";
import { useRegionChildren } from "../../../lib/regions/use-regions";
import type { ListKind, ListUploaded } from "../api/types";
import { useUploadList } from "../hooks/use-linkage";

const KINDS: readonly ListKind[] = ["dtks", "bpum", "prakerja", "other"];

/** The regency of a scope ("62.71.01" → "62.71"), or null for a province scope. */
function regencyOf(scope: string): string | null {
  const parts = scope.split(".");
  return parts.length >= 2 ? parts.slice(0, 2).join(".") : null;
}

export function UploadListModal({
  opened,
  scope,
  onClose,
  onUploaded,
}: {
  opened: boolean;
  scope: string;
  onClose: () => void;
  onUploaded: (r: ListUploaded) => void;
}) {
  const { t } = useTranslation();
  const fixed = regencyOf(scope);
  const regencies = useRegionChildren(scope, opened && fixed === null);
  const upload = useUploadList();
  const [file, setFile] = useState<File | null>(null);
  const [name, setName] = useState("");
  const [kind, setKind] = useState<ListKind>("dtks");
  const [source, setSource] = useState("");
  const [asOf, setAsOf] = useState("");
  const [region, setRegion] = useState<string | null>(fixed);
  const errors = fieldErrors(upload.error);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const form = new FormData();
    form.set("name", name);
    form.set("kind", kind);
    if (source.trim()) form.set("source", source.trim());
    if (asOf.trim()) form.set("asOf", asOf.trim());
    form.set("regionCode", region ?? "");
    if (file) form.set("file", file, file.name);
    upload.mutate(form, { onSuccess: (r) => onUploaded(r) });
  };
  return (
    <Modal opened={opened} onClose={onClose} title={t("linkage.lists.upload")} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <FileInput
            label={t("linkage.lists.file")}
            description={t("linkage.lists.fileHint")}
            accept=".xlsx,.csv,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            value={file}
            onChange={setFile}
            required
            error={errors.file}
            clearable
          />
          <TextInput
            label={t("linkage.lists.name")}
            placeholder={t("linkage.lists.namePlaceholder")}
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            required
            error={errors.name}
          />
          <Group grow align="flex-start">
            <Select
              label={t("linkage.lists.kind")}
              value={kind}
              onChange={(v) =>
                setKind((KINDS as readonly string[]).includes(v ?? "") ? (v as ListKind) : "other")
              }
              data={KINDS.map((k) => ({ value: k, label: t(`linkage.lists.kinds.${k}`) }))}
              allowDeselect={false}
            />
            <TextInput
              label={t("linkage.lists.asOf")}
              value={asOf}
              onChange={(e) => setAsOf(e.currentTarget.value)}
              error={errors.asOf}
              placeholder="2020-04-30"
            />
          </Group>
          <TextInput
            label={t("linkage.lists.source")}
            value={source}
            onChange={(e) => setSource(e.currentTarget.value)}
            error={errors.source}
          />
          <Select
            label={t("linkage.lists.region")}
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
          <ErrorAlert error={upload.error && Object.keys(errors).length === 0 ? upload.error : null} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t("common.cancel")}
            </Button>
            <Button type="submit" loading={upload.isPending}>
              {t("linkage.lists.submit")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

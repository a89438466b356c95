// Uploading a spreadsheet list that covers one regency: the file, a name, the data's date and the
// regency (fixed for a regency operator, chosen from the province for an admin). The caller adds
// its own fields (`extra`, written into the form by `fill`) and sends the form with its own upload.
import { Button, FileInput, Group, Modal, Select, Stack, Text, TextInput } from "@mantine/core";
import { type FormEvent, type ReactNode, useState } from "react";
import { useTranslation } from "react-i18next";
import { fieldErrors } from "../lib/api";
import { useRegionChildren } from "../lib/regions/use-regions";
import { ErrorAlert } from "./ui/error-alert";

const SPREADSHEETS = ".xlsx,.csv,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** The regency of a scope ("62.71.01" → "62.71"), or null for a province (or wider) scope. */
function regencyOf(scope: string): string | null {
  const parts = scope.split(".");
  return parts.length >= 2 ? parts.slice(0, 2).join(".") : null;
}

export type ListUploadLabels = {
  title: string;
  file: string;
  fileHint?: string;
  name: string;
  namePlaceholder: string;
  asOf: string;
  asOfPlaceholder: string;
  region: string;
  submit: string;
};

/** The part of a form-data upload mutation the modal uses. */
export type ListUpload<R> = {
  mutate: (form: FormData, options: { onSuccess: (result: R) => void }) => void;
  error: unknown;
  isPending: boolean;
};

/** Where the modal is opened from: open or not, the user's scope, and how to close it. */
export type ListUploadPlace = { opened: boolean; scope: string; onClose: () => void };

export function ListUploadModal<R>(
  props: ListUploadPlace & {
    labels: ListUploadLabels;
    upload: ListUpload<R>;
    onUploaded: (result: R) => void;
    /** A line above the file field. */
    hint?: ReactNode;
    /** The caller's own fields, under the name. */
    extra?: ReactNode;
    /** Writes the caller's own fields into the form. */
    fill?: (form: FormData) => void;
  },
) {
  const { t } = useTranslation();
  const { labels, upload } = props;
  const fixed = regencyOf(props.scope);
  const regencies = useRegionChildren(
    props.scope === "*" ? undefined : props.scope,
    props.opened && fixed === null,
  );
  const [file, setFile] = useState<File | null>(null);
  const [name, setName] = useState("");
  const [asOf, setAsOf] = useState("");
  const [region, setRegion] = useState<string | null>(fixed);
  const errors = fieldErrors(upload.error);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const form = new FormData();
    form.set("name", name);
    props.fill?.(form);
    if (asOf.trim()) form.set("asOf", asOf.trim());
    form.set("regionCode", region ?? "");
    if (file) form.set("file", file, file.name);
    upload.mutate(form, { onSuccess: props.onUploaded });
  };
  return (
    <Modal opened={props.opened} onClose={props.onClose} title={labels.title} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          {props.hint ? (
            <Text size="sm" c="dimmed">
              {props.hint}
            </Text>
          ) : null}
          <FileInput
            label={labels.file}
            description={labels.fileHint}
            accept={SPREADSHEETS}
            value={file}
            onChange={setFile}
            required
            clearable
            error={errors.file}
          />
          <TextInput
            label={labels.name}
            placeholder={labels.namePlaceholder}
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            required
            error={errors.name}
          />
          {props.extra}
          <Group grow align="flex-start">
            <TextInput
              label={labels.asOf}
              value={asOf}
              onChange={(e) => setAsOf(e.currentTarget.value)}
              placeholder={labels.asOfPlaceholder}
              error={errors.asOf}
            />
            <Select
              label={labels.region}
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
              {labels.submit}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

// Uploading a list of recipients and typing one by hand (the ministry template's fields).
import { Button, Card, FileInput, Group, List, SimpleGrid, Text, TextInput, Title } from "@mantine/core";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../../../components/ui/error-alert";
import { fieldErrors } from "../../../lib/api";
import type { ManualItem } from "../api/types";
import { useAddItem, useUploadItems } from "../hooks/use-aid";

export function UploadItemsForm({ proposalId }: { proposalId: string }) {
  const { t } = useTranslation();
  const upload = useUploadItems(proposalId);
  const [file, setFile] = useState<File | null>(null);
  return (
    <Card withBorder radius="md">
      <Title order={4} mb="sm">
        {t("aid.add.upload")}
      </Title>
      <Group align="flex-end">
        <FileInput
          label={t("aid.add.upload")}
          description={t("aid.add.uploadHint")}
          accept=".xlsx,.csv"
          value={file}
          onChange={setFile}
          clearable
          miw={320}
        />
        <Button disabled={!file} loading={upload.isPending} onClick={() => file && upload.mutate(file)}>
          {t("aid.add.uploadButton")}
        </Button>
      </Group>
      <ErrorAlert error={upload.error} />
      {upload.data ? (
        <>
          <Text size="sm" mt="sm" role="status">
            {t("aid.add.added", upload.data)}
          </Text>
          <List size="sm">
            {upload.data.issues.slice(0, 20).map((i) => (
              <List.Item key={i.row}>{`${i.row}: ${i.message}`}</List.Item>
            ))}
          </List>
        </>
      ) : null}
    </Card>
  );
}

const EMPTY: ManualItem = {
  nik: "",
  nama: "",
  noKk: "",
  alamat: "",
  bidangUsaha: "",
  noHp: "",
  namaUsaha: "",
  pekerjaan: "",
};

export function ManualItemForm({ proposalId }: { proposalId: string }) {
  const { t } = useTranslation();
  const add = useAddItem(proposalId);
  const [f, setF] = useState<ManualItem>(EMPTY);
  const errors = fieldErrors(add.error);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const body = Object.fromEntries(
      Object.entries(f).filter(([, v]) => typeof v === "string" && v.trim() !== ""),
    ) as ManualItem;
    add.mutate(body, { onSuccess: () => setF(EMPTY) });
  };
  const field = (k: keyof ManualItem, label: string) => (
    <TextInput
      label={label}
      value={f[k] ?? ""}
      onChange={(e) => setF((x) => ({ ...x, [k]: e.currentTarget.value }))}
      error={errors[k]}
      required={k === "nik" || k === "nama"}
    />
  );
  return (
    <Card withBorder radius="md">
      <Title order={4} mb="sm">
        {t("aid.add.manual")}
      </Title>
      <form onSubmit={submit} noValidate>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          {field("nik", t("aid.add.nik"))}
          {field("nama", t("aid.add.name"))}
          {field("noKk", t("aid.add.noKk"))}
          {field("alamat", t("aid.add.address"))}
          {field("bidangUsaha", t("aid.add.sector"))}
          {field("noHp", t("aid.add.phone"))}
          {field("namaUsaha", t("aid.add.businessName"))}
          {field("pekerjaan", t("aid.add.occupation"))}
        </SimpleGrid>
        <ErrorAlert error={add.error && Object.keys(errors).length === 0 ? add.error : null} />
        {add.data ? (
          <Text size="sm" mt="sm" role="status">
            {t("aid.add.addedOne", { name: add.data.item.name, count: add.data.problems.length })}
          </Text>
        ) : null}
        <Group justify="flex-end" mt="sm">
          <Button type="submit" loading={add.isPending}>
            {t("aid.add.addOne")}
          </Button>
        </Group>
      </form>
    </Card>
  );
}

// Uploading an outside list for matching: the shared list upload plus the list's type and source.
// Linking starts at once on the server.
import { Group, Select, TextInput } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ListUploadModal, type ListUploadPlace } from "../../../components/list-upload-modal";
import { fieldErrors } from "../../../lib/api";
import type { ListKind, ListUploaded } from "../api/types";
import { useUploadList } from "../hooks/use-linkage";

const KINDS: readonly ListKind[] = ["dtks", "bpum", "prakerja", "other"];

export function UploadListModal({
  onUploaded,
  ...place
}: ListUploadPlace & { onUploaded: (r: ListUploaded) => void }) {
  const { t } = useTranslation();
  const upload = useUploadList();
  const [kind, setKind] = useState<ListKind>("dtks");
  const [source, setSource] = useState("");
  const errors = fieldErrors(upload.error);
  return (
    <ListUploadModal
      {...place}
      upload={upload}
      onUploaded={onUploaded}
      labels={{
        title: t("linkage.lists.upload"),
        file: t("linkage.lists.file"),
        fileHint: t("linkage.lists.fileHint"),
        name: t("linkage.lists.name"),
        namePlaceholder: t("linkage.lists.namePlaceholder"),
        asOf: t("linkage.lists.asOf"),
        asOfPlaceholder: "2020-04-30",
        region: t("linkage.lists.region"),
        submit: t("linkage.lists.submit"),
      }}
      fill={(form) => {
        form.set("kind", kind);
        if (source.trim()) form.set("source", source.trim());
      }}
      extra={
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
            label={t("linkage.lists.source")}
            value={source}
            onChange={(e) => setSource(e.currentTarget.value)}
            error={errors.source}
          />
        </Group>
      }
    />
  );
}

// Step 1: choose the file (and, for a provincial admin, the regency) and upload it.
import { Button, FileInput, Paper, Stack, TextInput } from "@mantine/core";
import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { ErrorAlert } from "../../../components/ui/error-alert";
import { useCurrentUser } from "../../../lib/session/current-user";
import { type ImportUploaded, uploadImport } from "../api/import-api";
import { useImportTexts } from "../texts";

export function UploadStep({ onUploaded }: { onUploaded: (u: ImportUploaded) => void }) {
  const tx = useImportTexts();
  const me = useCurrentUser();
  const ownRegency = /^\d{2}\.\d{2}$/.test(me.scope);
  const [file, setFile] = useState<File | null>(null);
  const [region, setRegion] = useState("");
  const upload = useMutation({
    mutationFn: () => {
      const form = new FormData();
      if (!ownRegency && region.trim()) form.append("regionCode", region.trim());
      if (file) form.append("file", file);
      return uploadImport(form);
    },
    onSuccess: onUploaded,
  });
  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <FileInput
          label={tx.file}
          value={file}
          onChange={setFile}
          accept=".xlsx,.csv"
          data-testid="import-file"
          clearable
        />
        {ownRegency ? null : (
          <TextInput label={tx.region} value={region} onChange={(e) => setRegion(e.currentTarget.value)} />
        )}
        <ErrorAlert error={upload.error} />
        <Button onClick={() => upload.mutate()} disabled={!file} loading={upload.isPending}>
          {tx.upload}
        </Button>
      </Stack>
    </Paper>
  );
}

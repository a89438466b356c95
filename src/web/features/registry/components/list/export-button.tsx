// "Unduh Excel": the filtered register as xlsx, limited by the server to the user's scope with
// NIKs masked. Fetched as a file so a refusal shows its message instead of downloading an error.
import { Button } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { currentLanguage } from "../../../../i18n";
import { parseErrorEnvelope } from "../../../../lib/api-error";
import { type BusinessFilters, exportUrl } from "../../api/registry-api";
import { RegistryIcon } from "../registry-icons";

function fileName(response: Response): string {
  const disposition = response.headers.get("content-disposition") ?? "";
  return /filename="([^"]+)"/.exec(disposition)?.[1] ?? "umkm.xlsx";
}

export function ExportButton({ filters }: { filters: BusinessFilters }) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const download = async () => {
    setBusy(true);
    try {
      const response = await fetch(exportUrl(filters), {
        credentials: "same-origin",
        headers: { "Accept-Language": currentLanguage() },
      });
      if (!response.ok) {
        const body: unknown = await response.json().catch(() => null);
        const message =
          parseErrorEnvelope(response.status, body)?.message ??
          t("errors.unexpected", { status: response.status });
        notifications.show({ color: "red", message });
        return;
      }
      const url = URL.createObjectURL(await response.blob());
      const link = document.createElement("a");
      link.href = url;
      link.download = fileName(response);
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      notifications.show({ color: "teal", message: t("registry.list.exported") });
    } catch {
      notifications.show({ color: "red", message: t("errors.network") });
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button
      variant="default"
      leftSection={<RegistryIcon name="download" size={18} />}
      loading={busy}
      onClick={() => void download()}
    >
      {t("registry.list.export")}
    </Button>
  );
}

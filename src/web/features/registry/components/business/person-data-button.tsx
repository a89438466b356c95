// "Unduh data pribadi (UU PDP)": the owner's copy of everything Sinergi holds about them (UU PDP
// Pasal 32) as a PDF to hand over and as JSON. Each download is a GET the server writes to the
// audit log; the files come straight from the server (attachment), nothing is kept in the browser.
import { Button, Modal, Stack, Text } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { RegistryIcon } from "../registry-icons";

const exportPath = (personId: string, ext: "pdf" | "json") =>
  `/api/reports/persons/${encodeURIComponent(personId)}/personal-data${ext === "pdf" ? ".pdf" : ""}`;

export function PersonDataButton({ personId, name }: { personId: string; name: string }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const icon = <RegistryIcon name="download" size={16} />;
  return (
    <>
      <Button variant="light" leftSection={icon} onClick={() => setOpen(true)} fullWidth>
        {t("registry.personData.button")}
      </Button>
      <Modal opened={open} onClose={() => setOpen(false)} title={t("registry.personData.title", { name })}>
        <Stack gap="sm">
          <Text size="sm">{t("registry.personData.intro")}</Text>
          <Text size="sm" c="dimmed">
            {t("registry.personData.logged")}
          </Text>
          <Button component="a" href={exportPath(personId, "pdf")} download leftSection={icon}>
            {t("registry.personData.pdf")}
          </Button>
          <Button
            component="a"
            href={exportPath(personId, "json")}
            download
            variant="default"
            leftSection={icon}
          >
            {t("registry.personData.json")}
          </Button>
        </Stack>
      </Modal>
    </>
  );
}

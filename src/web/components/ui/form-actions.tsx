// The cancel / save pair at the foot of a form in a modal or drawer.
import { Button, Group } from "@mantine/core";
import { useTranslation } from "react-i18next";

export function FormActions({ onCancel, saving }: { onCancel: () => void; saving: boolean }) {
  const { t } = useTranslation();
  return (
    <Group justify="flex-end" mt="sm">
      <Button variant="default" onClick={onCancel}>
        {t("common.cancel")}
      </Button>
      <Button type="submit" loading={saving}>
        {t("common.save")}
      </Button>
    </Group>
  );
}

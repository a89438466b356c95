// The user's work area at the foot of the navbar, so they always know which data they see.
import { Paper, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { RegionName } from "../../components/regions/region-name";

export function ScopeBadge({ scope }: { scope: string }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="xs" bg="gray.0" data-testid="scope-badge">
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {t("home.yourScope")}
      </Text>
      <Text size="sm" fw={500} lineClamp={2}>
        <RegionName code={scope} />
      </Text>
      <Text size="xs" c="dimmed" ff="monospace">
        {scope}
      </Text>
    </Paper>
  );
}

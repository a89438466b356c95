// Beranda: who is signed in, the work area they see, and shortcuts to their sections.
import { Badge, Card, Group, Paper, SimpleGrid, Text, ThemeIcon, Title, UnstyledButton } from "@mantine/core";
import { useDocumentTitle } from "@mantine/hooks";
import { Link } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { RegionName } from "../../components/regions/region-name";
import { Icon } from "../../components/ui/icons";
import { useCurrentUser } from "../../lib/session/current-user";
import { Slot } from "../../lib/slots";
import { navForRole } from "../../lib/web-module";
import { staffArea } from "../modules";

export function HomePage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  useDocumentTitle(`${t("nav.home")} · Sinergi`);
  const shortcuts = navForRole(staffArea.nav, me.role).filter((entry) => entry.path !== "/app");

  return (
    <>
      <Paper withBorder p={{ base: "md", sm: "xl" }} mb="lg" data-testid="home-summary">
        <Title order={1} fz={{ base: "h3", sm: "h2" }}>
          {t("home.welcome", { name: me.displayName })}
        </Title>
        <Group mt="md" gap="xl">
          <div>
            <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
              {t("home.yourRole")}
            </Text>
            <Badge size="lg" variant="light" mt={4}>
              {t(`roles.${me.role}`)}
            </Badge>
          </div>
          <div>
            <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
              {t("home.yourScope")}
            </Text>
            <Text fw={600} mt={4} data-testid="home-scope">
              <RegionName code={me.scope} />{" "}
              <Text span c="dimmed" ff="monospace" size="sm">
                ({me.scope})
              </Text>
            </Text>
          </div>
        </Group>
      </Paper>
      <Slot name="homeQueue" />
      <Slot name="homeToday" />
      <Title order={2} fz="h4" mb="sm">
        {t("home.shortcuts")}
      </Title>
      <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }} spacing="md">
        {shortcuts.map((entry) => (
          <UnstyledButton key={entry.path} renderRoot={(props) => <Link to={entry.path} {...props} />}>
            <Card withBorder padding="md" h="100%" className="hover-card">
              <Group wrap="nowrap">
                <ThemeIcon variant="light" size={40} radius="md">
                  <Icon name={entry.icon ?? "chevronRight"} />
                </ThemeIcon>
                <Text fw={600}>{t(`nav.${entry.labelKey}`)}</Text>
              </Group>
            </Card>
          </UnstyledButton>
        ))}
      </SimpleGrid>
    </>
  );
}

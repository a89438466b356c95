// "Pekerjaan hari ini" on the home page (slot homeToday): the role's counts, each a link to its
// list; the office head gets the dashboard itself.
import { Card, Group, SimpleGrid, Skeleton, Text, Title, UnstyledButton } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { Link } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../../../components/ui/error-alert";
import { useCurrentUser } from "../../../lib/session/current-user";
import { fetchToday } from "../api";
import { DashboardPage } from "./dashboard-page";

export function TodayPanel() {
  const me = useCurrentUser();
  if (me.role === "pimpinan") return <DashboardPage />;
  return <WorkList />;
}

function WorkList() {
  const { t } = useTranslation();
  const q = useQuery({ queryKey: ["reports", "today"], queryFn: ({ signal }) => fetchToday(signal) });
  if (q.isPending) return <Skeleton h={90} mb="lg" />;
  if (q.isError) return <ErrorAlert error={q.error} />;
  if (q.data.items.length === 0) return null;
  return (
    <section aria-label={t("reports.today.title")} data-testid="home-today">
      <Title order={2} fz="h4" mb="sm">
        {t("reports.today.title")}
      </Title>
      <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }} spacing="md" mb="lg">
        {q.data.items.map((i) => (
          <UnstyledButton key={i.key} renderRoot={(props) => <Link to={i.href} {...props} />}>
            <Card withBorder padding="md" h="100%" className="hover-card" data-testid={`today-${i.key}`}>
              <Group wrap="nowrap" gap="md">
                <Text
                  fw={700}
                  fz={28}
                  lh={1}
                  c={i.count > 0 ? "orange.8" : "dimmed"}
                  data-testid="today-count"
                >
                  {i.count.toLocaleString("id-ID")}
                </Text>
                <Text fw={600}>{t(`reports.today.items.${i.key}`, { count: i.count })}</Text>
              </Group>
            </Card>
          </UnstyledButton>
        ))}
      </SimpleGrid>
    </section>
  );
}

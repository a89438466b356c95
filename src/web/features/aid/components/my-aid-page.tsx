// Status bantuan: a business owner sees each aid their business was proposed for.
import { Badge, Card, Group, Skeleton, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../../../components/ui/error-alert";
import { PageHeader } from "../../../components/ui/page-header";
import { useMyStatus } from "../hooks/use-aid";
import { formatRupiah, STATUS_COLOR, shortDate } from "../lib/format";

export function MyAidPage() {
  const { t } = useTranslation();
  const status = useMyStatus();
  return (
    <>
      <PageHeader title={t("aid.mine.title")} subtitle={t("aid.mine.subtitle")} />
      <ErrorAlert error={status.error} />
      {status.isPending ? <Skeleton h={160} /> : null}
      {status.data && status.data.length === 0 ? <Text c="dimmed">{t("aid.mine.none")}</Text> : null}
      <Stack gap="sm">
        {(status.data ?? []).map((s) => (
          <Card key={s.itemId} withBorder radius="md">
            <Group justify="space-between">
              <div>
                <Text fw={700}>{s.programmeName}</Text>
                <Text size="sm" c="dimmed">
                  {s.proposalNumber} · {s.proposerName} · {formatRupiah(s.amount)}
                </Text>
              </div>
              <Badge color={STATUS_COLOR[s.proposalStatus]} variant="light" size="lg">
                {t(`aid.statuses.${s.proposalStatus}`)}
              </Badge>
            </Group>
            <Text size="sm" mt="xs">
              {s.itemStatus === "removed"
                ? t("aid.mine.removed")
                : s.paid
                  ? t("aid.mine.paidOn", { date: shortDate(s.paidOn) })
                  : t("aid.mine.notPaid")}
            </Text>
          </Card>
        ))}
      </Stack>
    </>
  );
}

// Naik kelas: businesses whose size class moved up in the period (micro → small → medium), by
// region in the user's scope, each with the support it received; exported to xlsx.
import { Anchor, Badge, Button, Card, Group, SimpleGrid, Skeleton, Stack, Text } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { Link } from "@tanstack/react-router";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { localStamp } from "../../../../shared/local-time";
import { formatRupiah } from "../../../../shared/money";
import { ErrorAlert } from "../../../components/ui/error-alert";
import { PageHeader } from "../../../components/ui/page-header";
import { fetchNaikKelas, type NaikKelas, type Period, reportFileUrl } from "../api";
import { PeriodFilter } from "./period-filter";
import { RegionTrail, useRegionTrail } from "./region-trail";

const fmt = (n: number) => n.toLocaleString("id-ID");

function Row({ r }: { r: NaikKelas["rows"][number] }) {
  const { t } = useTranslation();
  const size = (c: string) => t(`registry.sizes.${c as "mikro"}`);
  return (
    <Card withBorder radius="md" data-testid="naik-kelas-row">
      <Group justify="space-between" align="flex-start" wrap="wrap" gap="xs">
        <div style={{ minWidth: 0, flex: "1 1 220px" }}>
          <Anchor component={Link} to={`/app/registri/${r.businessId}`} fw={600}>
            {r.businessName}
          </Anchor>
          <Text size="sm" c="dimmed">
            {r.regionName ?? r.regionCode} · {r.movedOn}
          </Text>
        </div>
        <Badge color="teal" variant="light" size="lg">
          {size(r.fromClass)} → {size(r.toClass)}
        </Badge>
      </Group>
      <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="xs" mt="xs">
        <Text size="sm">
          {t("reports.naik.trainings", { count: r.trainings })}
          {r.trainingTitles.length ? (
            <Text span size="xs" c="dimmed" display="block">
              {r.trainingTitles.join(", ")}
            </Text>
          ) : null}
        </Text>
        <Text size="sm">
          {t("reports.naik.aid", { count: r.aidPaid })}
          {r.aidAmount ? ` · ${formatRupiah(r.aidAmount)}` : ""}
        </Text>
        <Text size="sm">
          {t("reports.naik.store", { units: fmt(r.storeUnits) })}
          {r.storeAmount ? ` · ${formatRupiah(r.storeAmount)}` : ""}
        </Text>
      </SimpleGrid>
    </Card>
  );
}

export function NaikKelasPage() {
  const { t } = useTranslation();
  const [period, setPeriod] = useState<Period>({ from: "", to: "" });
  const { trail, setTrail, region, open } = useRegionTrail();
  const q = useQuery({
    queryKey: ["reports", "naik-kelas", region ?? "*", period],
    queryFn: ({ signal }) => fetchNaikKelas(region, period, signal),
  });
  const data = q.data;
  return (
    <>
      <PageHeader title={t("reports.naik.title")} subtitle={t("reports.naik.subtitle")} />
      <PeriodFilter value={period} onChange={setPeriod} />
      <RegionTrail trail={trail} setTrail={setTrail} />
      <ErrorAlert error={q.error} />
      {!data ? <Skeleton h={200} /> : null}
      {data ? (
        <Stack gap="sm">
          <Group justify="space-between" wrap="wrap">
            <Text fw={700} fz="lg" data-testid="naik-kelas-total">
              {t("reports.naik.total", {
                count: data.total,
                region: data.regionName ?? t("reports.allScope"),
              })}
            </Text>
            <Button
              component="a"
              size="xs"
              variant="light"
              href={reportFileUrl("/api/reports/naik-kelas.xlsx", data.region, period)}
              download
            >
              {t("reports.exportXlsx")}
            </Button>
          </Group>
          <Text size="xs" c="dimmed">
            {t("reports.asOf", { date: localStamp(new Date(data.asOf), data.region) })}
          </Text>
          {data.byRegion.some((c) => c.count > 0) ? (
            <Group gap="xs">
              {data.byRegion
                .filter((c) => c.count > 0)
                .map((c) => (
                  <Button
                    key={c.code}
                    size="xs"
                    variant="default"
                    onClick={() => open({ code: c.code, name: c.name })}
                    data-testid="naik-kelas-region"
                  >
                    {c.name}: {fmt(c.count)}
                  </Button>
                ))}
            </Group>
          ) : null}
          {data.rows.length === 0 ? <Text c="dimmed">{t("reports.naik.none")}</Text> : null}
          {data.rows.map((r) => (
            <Row key={r.businessId} r={r} />
          ))}
        </Stack>
      ) : null}
    </>
  );
}

// Data terbuka (public, no login): counts by regency of a province, without personal data, with the
// moment they were counted, and the same table as a CSV download.
import {
  Anchor,
  Button,
  Card,
  Group,
  ScrollArea,
  Select,
  Skeleton,
  Stack,
  Table,
  Text,
  Title,
} from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { localStamp } from "../../../../shared/local-time";
import { PublicFrame } from "../../../components/public-frame";
import { ErrorAlert } from "../../../components/ui/error-alert";
import { useRegionChildren } from "../../../lib/regions/use-regions";
import { fetchOpenData, OPEN_COLUMNS } from "../api";

const fmt = (n: number) => n.toLocaleString("id-ID");

export function OpenDataPage() {
  const { t, i18n } = useTranslation();
  const [province, setProvince] = useState("62");
  const provinces = useRegionChildren(undefined);
  const data = useQuery({
    queryKey: ["open-data", province],
    queryFn: ({ signal }) => fetchOpenData(province, signal),
  });
  const lang = i18n.language === "en" ? "en" : "id";
  const csv = `/api/open-data/regencies.csv?province=${province}&lang=${lang}`;
  return (
    <PublicFrame>
      <Stack gap="md">
        <div>
          <Title order={1} size="h2">
            {t("reports.open.title")}
          </Title>
          <Text c="dimmed" size="sm">
            {t("reports.open.subtitle")}
          </Text>
        </div>
        <Group align="flex-end" wrap="wrap">
          <Select
            label={t("reports.open.province")}
            value={province}
            onChange={(v) => v && setProvince(v)}
            data={(provinces.data ?? []).map((p) => ({ value: p.code, label: p.name }))}
            searchable
            allowDeselect={false}
            w={260}
          />
          <Button component="a" href={csv} download variant="light">
            {t("reports.open.csv")}
          </Button>
        </Group>
        <ErrorAlert error={data.error} />
        {data.isPending ? <Skeleton h={240} /> : null}
        {data.data ? (
          <Card withBorder radius="md" p={0}>
            <Text size="sm" c="dimmed" p="sm" data-testid="open-data-asof">
              {t("reports.asOf", { date: localStamp(new Date(data.data.asOf), data.data.province) })}
            </Text>
            <ScrollArea type="auto">
              <Table striped fz="sm" miw={640} data-testid="open-data-table">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t("reports.region")}</Table.Th>
                    {OPEN_COLUMNS.map((c) => (
                      <Table.Th key={c} ta="right">
                        {t(`reports.open.columns.${c}`)}
                      </Table.Th>
                    ))}
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {data.data.rows.map((r) => (
                    <Table.Tr key={r.code} data-testid="open-data-row" data-code={r.code}>
                      <Table.Td>{r.name}</Table.Td>
                      {OPEN_COLUMNS.map((c) => (
                        <Table.Td key={c} ta="right" data-col={c}>
                          {fmt(r[c])}
                        </Table.Td>
                      ))}
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </ScrollArea>
          </Card>
        ) : null}
        <Text size="xs" c="dimmed">
          {t("reports.open.note")} <Anchor href="/api/docs">API</Anchor>
        </Text>
      </Stack>
    </PublicFrame>
  );
}

// The irisan report of one outside list: counts of the four parts, the rows of the chosen part with
// filters (region, register status, name/NIK), and the xlsx export of what is shown.
import {
  Anchor,
  Button,
  Group,
  Paper,
  Select,
  SimpleGrid,
  Skeleton,
  Stack,
  Text,
  TextInput,
  UnstyledButton,
} from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { Link, useParams } from "@tanstack/react-router";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { isRegionCode } from "../../../../shared/region-code";
import { ErrorAlert } from "../../../components/ui/error-alert";
import { PageHeader } from "../../../components/ui/page-header";
import { irisanExportUrl } from "../api/linkage-api";
import type { IrisanCategory, IrisanSummary } from "../api/types";
import { useIrisan } from "../hooks/use-linkage";
import { statusKey } from "../lib/labels";
import { IrisanTable } from "./irisan-table";

const PARTS: ReadonlyArray<{ category: IrisanCategory; key: keyof IrisanSummary; color: string }> = [
  { category: "both", key: "both", color: "teal" },
  { category: "register_only", key: "registerOnly", color: "blue" },
  { category: "list_only", key: "listOnly", color: "grape" },
  { category: "uncertain", key: "uncertain", color: "orange" },
];
const LIMIT = 50;

export function IrisanPage() {
  const { t } = useTranslation();
  const { listId = "" }: { listId?: string } = useParams({ strict: false });
  const [category, setCategory] = useState<IrisanCategory>("both");
  const [region, setRegion] = useState("");
  const [status, setStatus] = useState<string | null>(null);
  const [q, setQ] = useState("");
  const [offset, setOffset] = useState(0);
  const [debounced] = useDebouncedValue({ region: region.trim(), q: q.trim() }, 300);
  const validRegion = isRegionCode(debounced.region) ? debounced.region : undefined;
  const filters = {
    category,
    region: validRegion,
    status: status ?? undefined,
    q: debounced.q || undefined,
    offset,
    limit: LIMIT,
  };
  const irisan = useIrisan(listId, filters);
  const list = irisan.data?.list;
  const summary = list?.summary;
  const back = (
    <Anchor size="sm" renderRoot={(props) => <Link to="/app/pencocokan" {...props} />}>
      {t("linkage.irisan.back")}
    </Anchor>
  );
  return (
    <>
      <Stack gap={4} mb="xs">
        {back}
      </Stack>
      <PageHeader
        title={list?.name ?? t("linkage.lists.title")}
        subtitle={list ? [list.source, list.asOf, list.regionCode].filter(Boolean).join(" · ") : undefined}
        actions={
          <Button
            component="a"
            variant="light"
            href={irisanExportUrl(listId, {
              category,
              region: validRegion,
              status: status ?? undefined,
              q: debounced.q || undefined,
            })}
            download
          >
            {t("linkage.irisan.export")}
          </Button>
        }
      />
      <ErrorAlert error={irisan.error} />
      <SimpleGrid cols={{ base: 2, md: 4 }} spacing="sm" mb="md" aria-label={t("linkage.irisan.summary")}>
        {PARTS.map((p) => (
          <UnstyledButton
            key={p.category}
            onClick={() => {
              setCategory(p.category);
              setOffset(0);
            }}
            aria-pressed={category === p.category}
            data-testid={`irisan-${p.category}`}
          >
            <Paper
              withBorder
              p="sm"
              style={
                category === p.category
                  ? { borderColor: `var(--mantine-color-${p.color}-6)`, borderWidth: 2 }
                  : undefined
              }
            >
              <Text size="xs" c="dimmed">
                {t(`linkage.irisan.${p.category}`)}
              </Text>
              <Text fz={28} fw={700} c={p.color} data-testid={`irisan-count-${p.category}`}>
                {summary ? summary[p.key] : "…"}
              </Text>
            </Paper>
          </UnstyledButton>
        ))}
      </SimpleGrid>
      {summary ? (
        <Text size="sm" c="dimmed" mb="sm">
          {t("linkage.irisan.listRows")}: {summary.listRows} · {t("linkage.irisan.registerRecords")}:{" "}
          {summary.registerRecords}
        </Text>
      ) : null}
      <Group gap="sm" mb="md" align="flex-end" wrap="wrap">
        <TextInput
          label={t("linkage.irisan.region")}
          placeholder={t("linkage.irisan.regionPlaceholder")}
          value={region}
          onChange={(e) => {
            setRegion(e.currentTarget.value);
            setOffset(0);
          }}
          w={180}
        />
        <Select
          label={t("linkage.irisan.status")}
          placeholder={t("linkage.irisan.anyStatus")}
          value={status}
          onChange={(v) => {
            setStatus(v);
            setOffset(0);
          }}
          clearable
          data={["active", "inactive", "merged"].map((s) => ({
            value: s,
            label: t(statusKey(s)),
          }))}
          w={180}
        />
        <TextInput
          type="search"
          label={t("linkage.irisan.search")}
          value={q}
          onChange={(e) => {
            setQ(e.currentTarget.value);
            setOffset(0);
          }}
          w={240}
        />
      </Group>
      {irisan.data ? (
        <IrisanTable rows={irisan.data.items} />
      ) : irisan.isPending ? (
        <Skeleton h={240} />
      ) : null}
      {irisan.data && irisan.data.total > LIMIT ? (
        <Group justify="center" mt="sm" gap="sm">
          <Button
            size="xs"
            variant="default"
            disabled={offset === 0}
            onClick={() => setOffset(Math.max(0, offset - LIMIT))}
          >
            {t("linkage.review.previous")}
          </Button>
          <Text size="sm">
            {t("linkage.review.page", {
              page: offset / LIMIT + 1,
              pages: Math.ceil(irisan.data.total / LIMIT),
            })}
          </Text>
          <Button
            size="xs"
            variant="default"
            disabled={offset + LIMIT >= irisan.data.total}
            onClick={() => setOffset(offset + LIMIT)}
          >
            {t("linkage.review.next")}
          </Button>
        </Group>
      ) : null}
    </>
  );
}

// The cooperatives in the user's area, searchable by name; each opens its page.
import { Anchor, Paper, Skeleton, Stack, Table, Text, TextInput } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { Link } from "@tanstack/react-router";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../../../../components/ui/error-alert";
import { PageHeader } from "../../../../components/ui/page-header";
import { useCooperatives } from "../../hooks/use-corrections";

export function CooperativeListPage() {
  const { t } = useTranslation();
  const [q, setQ] = useState("");
  const [query] = useDebouncedValue(q.trim(), 300);
  const list = useCooperatives({ q: query || undefined, limit: 100 });
  return (
    <>
      <PageHeader
        title={t("registry.edit.cooperatives.title")}
        subtitle={t("registry.edit.cooperatives.subtitle")}
      />
      <Stack gap="sm">
        <TextInput
          placeholder={t("registry.edit.cooperatives.search")}
          aria-label={t("registry.edit.cooperatives.search")}
          value={q}
          onChange={(e) => setQ(e.currentTarget.value)}
        />
        {list.error ? <ErrorAlert error={list.error} /> : null}
        {!list.data ? (
          <Skeleton h={200} />
        ) : list.data.items.length === 0 ? (
          <Text c="dimmed">{t("registry.edit.cooperatives.none")}</Text>
        ) : (
          <Paper withBorder>
            <Text size="sm" c="dimmed" p="sm">
              {t("registry.edit.cooperatives.total", { count: list.data.total })}
            </Text>
            <Table>
              <Table.Tbody>
                {list.data.items.map((c) => (
                  <Table.Tr key={c.id}>
                    <Table.Td>
                      <Anchor
                        renderRoot={(props) => (
                          <Link
                            to="/app/registri/koperasi/$cooperativeId"
                            params={{ cooperativeId: c.id }}
                            {...props}
                          />
                        )}
                      >
                        {c.name}
                      </Anchor>
                      <Text size="xs" c="dimmed">
                        {c.regionName ?? c.regionCode}
                      </Text>
                    </Table.Td>
                    <Table.Td>{t(`registry.sectors.${c.sector}`)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Paper>
        )}
      </Stack>
    </>
  );
}

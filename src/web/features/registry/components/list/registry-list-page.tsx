// Registri UMKM: the register within the user's scope — search tolerant of typos (name, business,
// NIK, phone), filters, sort, pages, masked NIKs with an audited reveal, and the xlsx export.
import {
  Button,
  Drawer,
  Flex,
  Group,
  Indicator,
  Paper,
  Select,
  Skeleton,
  Text,
  TextInput,
  useMantineTheme,
} from "@mantine/core";
import { useDebouncedCallback, useMediaQuery } from "@mantine/hooks";
import { Link, useNavigate, useSearch } from "@tanstack/react-router";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../../../../components/ui/error-alert";
import { Icon } from "../../../../components/ui/icons";
import { PageHeader } from "../../../../components/ui/page-header";
import { useCurrentUser } from "../../../../lib/session/current-user";
import { useBusinesses } from "../../hooks/use-registry";
import { canRevealNik, canWriteRegistry } from "../../lib/roles";
import { RegistryIcon } from "../registry-icons";
import { ExportButton } from "./export-button";
import { ListFilters } from "./list-filters";
import { ListResults } from "./list-results";
import {
  activeFilterCount,
  type ListState,
  readListState,
  type Sort,
  toFilters,
  writeListState,
} from "./list-search";

export function RegistryListPage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const theme = useMantineTheme();
  const isWide = useMediaQuery(`(min-width: ${theme.breakpoints.md})`, undefined, {
    getInitialValueInEffect: false,
  });
  const navigate = useNavigate();
  const search: Record<string, unknown> = useSearch({ strict: false });
  const state = readListState(search);
  const [text, setText] = useState(state.q);
  const [drawer, setDrawer] = useState(false);
  const filters = toFilters(state);
  const list = useBusinesses(filters);

  const change = (patch: Partial<ListState>) => {
    const next = { ...state, page: 1, ...patch };
    void navigate({ to: ".", search: () => writeListState(next), replace: true });
  };
  const typed = useDebouncedCallback((q: string) => change({ q }), 350);
  const sortOptions: Array<{ value: Sort; label: string }> = [
    ...(state.q.trim() ? [{ value: "relevance" as const, label: t("registry.list.sortRelevance") }] : []),
    { value: "-created", label: t("registry.list.sortNewest") },
    { value: "created", label: t("registry.list.sortOldest") },
    { value: "name", label: t("registry.list.sortName") },
    { value: "-name", label: t("registry.list.sortNameDesc") },
    { value: "-updated", label: t("registry.list.sortUpdated") },
  ];
  const activeCount = activeFilterCount(state);
  const filterPanel = <ListFilters state={state} scope={me.scope} onChange={change} />;

  return (
    <>
      <PageHeader
        title={t("registry.list.title")}
        subtitle={t("registry.list.subtitle")}
        actions={
          <>
            <ExportButton filters={filters} />
            <Button variant="default" renderRoot={(props) => <Link to="/app/registri/koperasi" {...props} />}>
              {t("registry.edit.cooperatives.link")}
            </Button>
            {canWriteRegistry(me.role) ? (
              <Button
                leftSection={<Icon name="plus" size={18} />}
                renderRoot={(props) => <Link to="/app/registri/baru" {...props} />}
              >
                {t("registry.list.add")}
              </Button>
            ) : null}
          </>
        }
      />
      <Flex gap="sm" mb="md" direction={isWide ? "row" : "column"}>
        <TextInput
          type="search"
          style={{ flex: 1 }}
          aria-label={t("registry.list.search")}
          placeholder={t("registry.list.search")}
          leftSection={<Icon name="search" size={17} />}
          value={text}
          onChange={(event) => {
            setText(event.currentTarget.value);
            typed(event.currentTarget.value);
          }}
        />
        <Group gap="sm" wrap="nowrap">
          <Select
            aria-label={t("registry.list.sort")}
            w={isWide ? 200 : undefined}
            style={isWide ? undefined : { flex: 1 }}
            data={sortOptions}
            value={state.sort ?? (state.q.trim() ? "relevance" : "-created")}
            onChange={(value) => change({ sort: sortOptions.find((o) => o.value === value)?.value })}
            allowDeselect={false}
            comboboxProps={{ withinPortal: true }}
          />
          {isWide ? null : (
            <Indicator label={activeCount} size={18} disabled={activeCount === 0}>
              <Button
                variant="default"
                onClick={() => setDrawer(true)}
                leftSection={<RegistryIcon name="filter" size={16} />}
              >
                {t("registry.list.filters")}
              </Button>
            </Indicator>
          )}
        </Group>
      </Flex>
      {isWide ? (
        <Paper withBorder p="md" mb="md">
          {filterPanel}
        </Paper>
      ) : (
        <Drawer
          opened={drawer}
          onClose={() => setDrawer(false)}
          title={t("registry.list.filters")}
          position="bottom"
          size="auto"
        >
          {filterPanel}
          <Group justify="space-between" mt="lg">
            <Button variant="subtle" onClick={() => change(readListState({ q: state.q }))}>
              {t("registry.list.reset")}
            </Button>
            <Button onClick={() => setDrawer(false)}>{t("common.close")}</Button>
          </Group>
        </Drawer>
      )}
      <ErrorAlert error={list.error} />
      {list.data ? (
        <ListResults
          data={list.data}
          state={state}
          isWide={isWide}
          canReveal={canRevealNik(me.role)}
          scope={me.scope}
          onPage={(page) => change({ page })}
          onPerPage={(perPage) => change({ perPage })}
        />
      ) : list.isPending ? (
        <Skeleton h={360} />
      ) : (
        <Text c="dimmed">{t("common.noData")}</Text>
      )}
    </>
  );
}

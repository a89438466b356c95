// Region browser, rooted at the user's scope: drill down province → regency → district → village
// with breadcrumbs, or search by name. The region shown lives in the URL (?kode=62.71.01).
import { Alert, Badge, Group, Paper, Skeleton, Stack, Text, TextInput, Title } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { useLocation } from "@tanstack/react-router";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../../../components/ui/error-alert";
import { Icon } from "../../../components/ui/icons";
import { PageHeader } from "../../../components/ui/page-header";
import {
  minSearchLength,
  useRegion,
  useRegionChildren,
  useRegionSearch,
} from "../../../lib/regions/use-regions";
import { isWithinScope } from "../../../lib/scope";
import { useCurrentUser } from "../../../lib/session/current-user";
import { RegionBreadcrumbs } from "./region-breadcrumbs";
import { RegionList } from "./region-list";

function useRequestedCode(): string | null {
  const { searchStr } = useLocation();
  return new URLSearchParams(searchStr).get("kode");
}

export function RegionBrowserPage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const requested = useRequestedCode();
  const outOfScope = requested !== null && !isWithinScope(requested, me.scope);
  const code = requested && !outOfScope ? requested : me.scope;
  const [query, setQuery] = useState("");
  const [debounced] = useDebouncedValue(query, 250);
  const searching = debounced.trim().length >= minSearchLength;

  const region = useRegion(code);
  const children = useRegionChildren(code, !searching && (region.data?.childCount ?? 1) > 0);
  const results = useRegionSearch(searching ? debounced : "", 30);
  const inScopeResults = (results.data ?? []).filter((hit) => isWithinScope(hit.code, me.scope));

  return (
    <>
      <PageHeader title={t("regions.title")} subtitle={t("regions.subtitle")} />
      <Stack gap="md">
        <TextInput
          type="search"
          aria-label={t("regions.searchLabel")}
          placeholder={t("regions.searchPlaceholder")}
          leftSection={<Icon name="search" size={17} />}
          value={query}
          onChange={(event) => setQuery(event.currentTarget.value)}
        />
        {outOfScope ? (
          <Alert color="orange" variant="light">
            {t("regions.outOfScope")}
          </Alert>
        ) : null}
        {searching ? (
          <SearchResults
            loading={results.isFetching && !results.data}
            hits={inScopeResults}
            error={results.error}
          />
        ) : (
          <>
            <ErrorAlert error={region.error ?? children.error} />
            {region.data ? (
              <Paper withBorder p="md" data-testid="region-current">
                <RegionBreadcrumbs region={region.data} scope={me.scope} />
                <Group justify="space-between" mt="sm" gap="xs" align="flex-end">
                  <div>
                    <Title order={3}>{region.data.name}</Title>
                    <Text size="sm" c="dimmed" ff="monospace">
                      {region.data.code}
                    </Text>
                  </div>
                  <Group gap="xs">
                    <Badge variant="light">{t(`regionLevels.${region.data.level}`)}</Badge>
                    <Badge variant="outline" color="gray">
                      {t("regions.children", { count: region.data.childCount })}
                    </Badge>
                  </Group>
                </Group>
              </Paper>
            ) : (
              <Skeleton h={110} radius="md" />
            )}
            {region.data && region.data.childCount === 0 ? (
              <Text c="dimmed" size="sm">
                {t("regions.leaf")}
              </Text>
            ) : children.data ? (
              <RegionList
                regions={children.data}
                label={t("regions.childrenOf", { name: region.data?.name ?? code })}
              />
            ) : (
              <Skeleton h={240} radius="md" />
            )}
          </>
        )}
      </Stack>
    </>
  );
}

function SearchResults({
  loading,
  hits,
  error,
}: {
  loading: boolean;
  hits: RegionSearchResultHits;
  error: unknown;
}) {
  const { t } = useTranslation();
  if (error) return <ErrorAlert error={error} />;
  if (loading) return <Skeleton h={200} radius="md" />;
  if (hits.length === 0) return <Text c="dimmed">{t("regions.noResults")}</Text>;
  return <RegionList regions={hits} label={t("regions.searchResults")} />;
}

type RegionSearchResultHits = Parameters<typeof RegionList>[0]["regions"];

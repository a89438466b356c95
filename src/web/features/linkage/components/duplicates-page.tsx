// Duplikat: dedup runs over the user's scope and the review queue (S7: no business listed twice).
import { Badge, Tabs } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { PageHeader } from "../../../components/ui/page-header";
import { useCurrentUser } from "../../../lib/session/current-user";
import type { PairStatus } from "../api/types";
import { useReviews } from "../hooks/use-linkage";
import { MergesPanel } from "./merges-panel";
import { ReviewQueue } from "./review-queue";
import { RunPanel } from "./run-panel";

const TABS: ReadonlyArray<{ value: PairStatus; label: "queue" | "accepted" | "rejected" | "skipped" }> = [
  { value: "open", label: "queue" },
  { value: "skipped", label: "skipped" },
  { value: "accepted", label: "accepted" },
  { value: "rejected", label: "rejected" },
];

export function DuplicatesPage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const [tab, setTab] = useState<string>("open");
  const counts = useReviews({ status: "open", offset: 0, limit: 1 }).data?.counts;
  return (
    <>
      <PageHeader title={t("linkage.review.title")} subtitle={t("linkage.review.subtitle")} />
      <RunPanel scope={me.scope} />
      <Tabs value={tab} onChange={(v) => setTab(v ?? "open")} keepMounted={false}>
        <Tabs.List mb="md">
          {TABS.map((x) => (
            <Tabs.Tab
              key={x.value}
              value={x.value}
              rightSection={
                counts ? (
                  <Badge size="xs" variant="light">
                    {counts[x.value as keyof typeof counts] ?? 0}
                  </Badge>
                ) : null
              }
            >
              {t(`linkage.review.${x.label}`)}
            </Tabs.Tab>
          ))}
          <Tabs.Tab value="merges">{t("linkage.review.merges")}</Tabs.Tab>
        </Tabs.List>
        {TABS.map((x) => (
          <Tabs.Panel key={x.value} value={x.value}>
            <ReviewQueue status={x.value} scope={me.scope} />
          </Tabs.Panel>
        ))}
        <Tabs.Panel value="merges">
          <MergesPanel scope={me.scope} />
        </Tabs.Panel>
      </Tabs>
    </>
  );
}

// One tab of the review queue: pairs of a status, paged, with selection and batch actions.
import { Button, Group, Paper, Skeleton, Stack, Text } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../../../components/ui/error-alert";
import type { Decision } from "../api/linkage-api";
import type { PairStatus } from "../api/types";
import { useDecide, useDecideBatch, useReviews } from "../hooks/use-linkage";
import { ReviewCard } from "./review-card";

const LIMIT = 20;

export function ReviewQueue({ status, scope }: { status: PairStatus; scope: string }) {
  const { t } = useTranslation();
  const [offset, setOffset] = useState(0);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const reviews = useReviews({ status, offset, limit: LIMIT });
  const decide = useDecide();
  const batch = useDecideBatch();
  const one = (pairId: string, decision: Decision, survivor: "a" | "b") =>
    decide.mutate(
      { pairId, decision, survivor },
      {
        onSuccess: (r) => {
          if (r.merge)
            notifications.show({
              color: "teal",
              message: t("linkage.review.merged", { name: r.merge.survivorName ?? "" }),
            });
          else if (decision === "reject")
            notifications.show({ color: "gray", message: t("linkage.review.rejectedToast") });
        },
      },
    );
  const many = (decision: Decision) =>
    batch.mutate(
      { ids: [...selected], decision },
      {
        onSuccess: (r) => {
          setSelected(new Set());
          const conflicts = r.results.filter(
            (x) => x.outcome === "conflict" || x.outcome === "not_found",
          ).length;
          notifications.show({
            message: t("linkage.review.batchDone", { done: r.results.length - conflicts, conflicts }),
          });
        },
      },
    );
  const toggle = (id: string, on: boolean) =>
    setSelected((s) => {
      const next = new Set(s);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  if (!reviews.data) return reviews.isPending ? <Skeleton h={320} /> : <ErrorAlert error={reviews.error} />;
  const { items, total } = reviews.data;
  const pages = Math.max(1, Math.ceil(total / LIMIT));
  return (
    <Stack gap="md">
      <ErrorAlert error={decide.error ?? batch.error} />
      {selected.size > 0 ? (
        <Paper withBorder p="xs" style={{ position: "sticky", top: 0, zIndex: 3 }}>
          <Group justify="space-between" wrap="wrap" gap="xs">
            <Text size="sm">{t("linkage.review.selected", { count: selected.size })}</Text>
            <Group gap="xs">
              <Button size="xs" color="teal" loading={batch.isPending} onClick={() => many("accept")}>
                {t("linkage.review.batchAccept")}
              </Button>
              <Button
                size="xs"
                color="red"
                variant="light"
                disabled={batch.isPending}
                onClick={() => many("reject")}
              >
                {t("linkage.review.batchReject")}
              </Button>
              <Button size="xs" variant="default" disabled={batch.isPending} onClick={() => many("skip")}>
                {t("linkage.review.batchSkip")}
              </Button>
            </Group>
          </Group>
        </Paper>
      ) : null}
      {items.length === 0 ? <Text c="dimmed">{t("linkage.review.empty")}</Text> : null}
      {items.map((item) => (
        <ReviewCard
          key={item.id}
          item={item}
          scope={scope}
          selected={selected.has(item.id)}
          busy={decide.isPending && decide.variables?.pairId === item.id}
          onSelect={(on) => toggle(item.id, on)}
          onDecide={(decision, survivor) => one(item.id, decision, survivor)}
        />
      ))}
      {pages > 1 ? (
        <Group justify="center" gap="sm">
          <Button
            variant="default"
            size="xs"
            disabled={offset === 0}
            onClick={() => setOffset(Math.max(0, offset - LIMIT))}
          >
            {t("linkage.review.previous")}
          </Button>
          <Text size="sm">{t("linkage.review.page", { page: offset / LIMIT + 1, pages })}</Text>
          <Button
            variant="default"
            size="xs"
            disabled={offset + LIMIT >= total}
            onClick={() => setOffset(offset + LIMIT)}
          >
            {t("linkage.review.next")}
          </Button>
        </Group>
      ) : null}
    </Stack>
  );
}

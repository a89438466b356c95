// A kendala opened from the board or a business page: details, follow-up timeline and actions.
import { Anchor, Badge, Drawer, Group, Skeleton, Stack, Text, Timeline, Title } from "@mantine/core";
import { Link } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../../../../components/ui/error-alert";
import { useConstraint } from "../../hooks/use-registry";
import { formatMoment } from "../../lib/format";
import { statusColors } from "./board-column";
import { ConstraintActions } from "./constraint-actions";
import { typeColors } from "./constraint-card";

export function ConstraintDrawer({
  id,
  scope,
  canManage,
  onClose,
}: {
  id: string | null;
  scope: string;
  canManage: boolean;
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation();
  const query = useConstraint(id);
  const detail = query.data;
  const when = (value: string) => formatMoment(value, { scope, language: i18n.language });
  return (
    <Drawer
      opened={id !== null}
      onClose={onClose}
      position="right"
      size="lg"
      title={detail ? t("registry.board.detailTitle", { business: detail.businessName }) : t("app.loading")}
    >
      <ErrorAlert error={query.error} />
      {!detail ? (
        query.isPending ? (
          <Skeleton h={240} />
        ) : null
      ) : (
        <Stack gap="md" data-testid="constraint-detail" data-status={detail.status}>
          <Group gap="xs">
            <Badge color={typeColors[detail.type]} variant="light">
              {t(`registry.constraintTypes.${detail.type}`)}
            </Badge>
            <Badge color={statusColors[detail.status]}>
              {t(`registry.constraintStatuses.${detail.status}`)}
            </Badge>
          </Group>
          <Text>{detail.description}</Text>
          <Stack gap={2}>
            <Anchor
              size="sm"
              renderRoot={(props) => (
                <Link to="/app/registri/$businessId" params={{ businessId: detail.businessId }} {...props} />
              )}
            >
              {detail.businessName} · {detail.ownerName}
            </Anchor>
            <Text size="xs" c="dimmed">
              {detail.regionName ?? detail.regionCode} ·{" "}
              {t("registry.board.reportedBy", { name: detail.reportedBy, when: when(detail.reportedAt) })}
            </Text>
            <Text size="sm">
              {detail.assigneeName
                ? t("registry.board.assignee", { name: detail.assigneeName })
                : t("registry.board.unassigned")}
            </Text>
          </Stack>
          {canManage ? (
            <ConstraintActions key={detail.id} detail={detail} />
          ) : (
            <Text size="sm" c="dimmed">
              {t("registry.board.readOnly")}
            </Text>
          )}
          <Title order={3} fz="h6">
            {t("registry.board.timeline")}
          </Title>
          <Timeline bulletSize={12} lineWidth={2} active={-1}>
            {detail.followUps.map((followUp) => (
              <Timeline.Item
                key={followUp.id}
                title={
                  <Text size="sm" fw={500}>
                    {followUp.statusTo
                      ? `${t(`registry.constraintStatuses.${followUp.statusTo}`)} · ${followUp.actorName}`
                      : followUp.actorName}
                  </Text>
                }
              >
                <Text size="sm">{followUp.note}</Text>
                <Text size="xs" c="dimmed">
                  {when(followUp.at)}
                </Text>
              </Timeline.Item>
            ))}
          </Timeline>
        </Stack>
      )}
    </Drawer>
  );
}

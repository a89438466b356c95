// On the home page of roles that enter records (slot homeQueue): how many records this device still
// has to send, a tap opening the send queue. Nothing when the queue is empty.
import { Badge, Card, Group, Text, UnstyledButton } from "@mantine/core";
import { Link } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { useCurrentUser } from "../../../../lib/session/current-user";
import { usePendingCount } from "../../hooks/use-outbox";

export function HomeQueueCard() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const pending = usePendingCount(me.id);
  if (pending === 0) return null;
  return (
    <UnstyledButton renderRoot={(props) => <Link to="/app/antrean" {...props} />} mb="lg" display="block">
      <Card withBorder padding="md" className="hover-card" data-testid="home-queue">
        <Group justify="space-between" wrap="nowrap">
          <Text fw={600}>{t("registry.queue.badge", { count: pending })}</Text>
          <Badge size="xl" color="orange">
            {pending}
          </Badge>
        </Group>
      </Card>
    </UnstyledButton>
  );
}

// Signal and queue at a glance: "Terhubung"/"Tanpa sinyal" and how many records still wait,
// linking to the queue page.
import { Badge, Button, Group } from "@mantine/core";
import { Link } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { useOnline } from "../hooks/use-online";
import { usePendingCount } from "../hooks/use-outbox";
import { RegistryIcon } from "./registry-icons";

export function ConnectionStatus({ userId }: { userId: string }) {
  const { t } = useTranslation();
  const online = useOnline();
  const pending = usePendingCount(userId);
  return (
    <Group gap="xs" wrap="nowrap">
      <Badge
        size="lg"
        variant="light"
        color={online ? "teal" : "orange"}
        leftSection={<RegistryIcon name={online ? "wifi" : "wifiOff"} size={14} />}
        data-testid="connection-status"
      >
        {online ? t("registry.queue.online") : t("registry.queue.offline")}
      </Badge>
      {pending > 0 ? (
        <Button
          size="compact-md"
          variant="light"
          color="orange"
          renderRoot={(props) => <Link to="/app/antrean" {...props} />}
          aria-label={t("registry.queue.badge", { count: pending })}
          leftSection={<RegistryIcon name="upload" size={14} />}
        >
          {pending}
        </Button>
      ) : null}
    </Group>
  );
}

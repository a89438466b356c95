// Shown in the staff header for roles that enter records: keeps the offline sync running on every
// staff page, shows when the device has no signal, and counts the records still waiting (a tap
// opens the queue). Renders nothing when online with an empty queue.
import { ActionIcon, Indicator, Tooltip } from "@mantine/core";
import { Link } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { useCurrentUser } from "../../../lib/session/current-user";
import { useOnline } from "../hooks/use-online";
import { useOutboxSync, usePendingCount } from "../hooks/use-outbox";
import { RegistryIcon } from "./registry-icons";

export function QueueHeaderBadge() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  useOutboxSync(me.id);
  const online = useOnline();
  const pending = usePendingCount(me.id);
  if (online && pending === 0) return null;
  const label = pending > 0 ? t("registry.queue.badge", { count: pending }) : t("registry.queue.offline");
  return (
    <Tooltip label={label} withinPortal>
      <Indicator label={pending} size={18} color="orange" disabled={pending === 0} offset={4}>
        <ActionIcon
          size="lg"
          variant="light"
          color={online ? "orange" : "gray"}
          aria-label={label}
          data-testid="queue-header-badge"
          renderRoot={(props) => <Link to="/app/antrean" {...props} />}
        >
          <RegistryIcon name={online ? "upload" : "wifiOff"} size={18} />
        </ActionIcon>
      </Indicator>
    </Tooltip>
  );
}

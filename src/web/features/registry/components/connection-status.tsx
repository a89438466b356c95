// Signal at a glance on the entry and queue pages: "Terhubung" or "Tanpa sinyal" (the header
// badge counts the records still waiting).
import { Badge } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useOnline } from "../hooks/use-online";
import { RegistryIcon } from "./registry-icons";

export function ConnectionStatus() {
  const { t } = useTranslation();
  const online = useOnline();
  return (
    <Badge
      size="lg"
      variant="light"
      color={online ? "teal" : "orange"}
      leftSection={<RegistryIcon name={online ? "wifi" : "wifiOff"} size={14} />}
      data-testid="connection-status"
    >
      {online ? t("registry.queue.online") : t("registry.queue.offline")}
    </Badge>
  );
}

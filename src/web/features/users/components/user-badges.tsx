// Role and active-state badges, shared by the table and the phone cards.
import { Badge } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { User } from "../api/types";

export function RoleBadge({ user }: { user: User }) {
  const { t } = useTranslation();
  return (
    <Badge variant="light" color="teal" style={{ flexShrink: 0 }}>
      {t(`roles.${user.role}`)}
    </Badge>
  );
}

export function StatusBadge({ user }: { user: User }) {
  const { t } = useTranslation();
  return (
    <Badge variant="dot" color={user.isActive ? "teal" : "gray"} style={{ flexShrink: 0 }}>
      {user.isActive ? t("common.active") : t("common.inactive")}
    </Badge>
  );
}

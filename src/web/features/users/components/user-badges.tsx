// Role and active-state badges, shared by the table and the phone cards.
import { Badge } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { User } from "../api/types";

// Mantine clips badge labels (overflow: hidden), which lets a table column shrink them to "Ak…";
// these short labels must always show in full.
const fullLabel = { label: { overflow: "visible" } } as const;

export function RoleBadge({ user }: { user: User }) {
  const { t } = useTranslation();
  return (
    <Badge variant="light" color="teal" styles={fullLabel}>
      {t(`roles.${user.role}`)}
    </Badge>
  );
}

export function StatusBadge({ user }: { user: User }) {
  const { t } = useTranslation();
  return (
    <Badge variant="dot" color={user.isActive ? "teal" : "gray"} styles={fullLabel}>
      {user.isActive ? t("common.active") : t("common.inactive")}
    </Badge>
  );
}

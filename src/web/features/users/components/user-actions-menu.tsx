// The "⋮" menu of one user: reset password, deactivate or reactivate.
import { ActionIcon, Menu } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Icon } from "../../../components/ui/icons";
import type { User } from "../api/types";

export type UserActions = {
  onResetPassword: (user: User) => void;
  onToggleActive: (user: User) => void;
};

export function UserActionsMenu({ user, onResetPassword, onToggleActive }: UserActions & { user: User }) {
  const { t } = useTranslation();
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <ActionIcon
          variant="subtle"
          color="gray"
          aria-label={t("users.moreActions", { username: user.username })}
        >
          <Icon name="dots" size={18} />
        </ActionIcon>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item leftSection={<Icon name="key" size={16} />} onClick={() => onResetPassword(user)}>
          {t("users.resetPassword")}
        </Menu.Item>
        <Menu.Item
          leftSection={<Icon name="power" size={16} />}
          color={user.isActive ? "red" : undefined}
          onClick={() => onToggleActive(user)}
        >
          {user.isActive ? t("users.deactivate") : t("users.activate")}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}

// Header menu with the user's name and role, the profile page and sign-out.
import { Avatar, Group, Menu, Text, UnstyledButton } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { Link } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { Icon } from "../../components/ui/icons";
import { useLogout } from "../../features/auth/hooks/use-auth-mutations";
import type { Me } from "../../lib/session/types";

function initials(name: string): string {
  // Words that start with a letter: "Hendra (PLUT)" gives "HP", not "H(".
  const parts = name
    .trim()
    .split(/\s+/)
    .map((w) => w.replace(/^[^\p{L}]+/u, ""))
    .filter(Boolean);
  return ((parts[0]?.[0] ?? "") + (parts.length > 1 ? (parts.at(-1)?.[0] ?? "") : "")).toUpperCase() || "?";
}

// Signing out clears the cached user; the staff layout then takes the user to the login page.
export function UserMenu({ user, onSignOut }: { user: Me; onSignOut: () => void }) {
  const { t } = useTranslation();
  const logout = useLogout();

  const signOut = () => {
    onSignOut();
    logout.mutate(undefined, {
      onSettled: () => notifications.show({ message: t("auth.signedOut"), color: "teal" }),
    });
  };

  return (
    <Menu position="bottom-end" width={220} shadow="md" withinPortal>
      <Menu.Target>
        <UnstyledButton aria-label={user.displayName} data-testid="user-menu">
          <Group gap="xs" wrap="nowrap">
            <Avatar color="teal" radius="xl" size={34}>
              {initials(user.displayName)}
            </Avatar>
            <div style={{ lineHeight: 1.1 }}>
              <Text size="sm" fw={600} visibleFrom="xs" lineClamp={1}>
                {user.displayName}
              </Text>
              <Text size="xs" c="dimmed" visibleFrom="xs" lineClamp={1}>
                {t(`roles.${user.role}`)}
              </Text>
            </div>
          </Group>
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{user.username}</Menu.Label>
        <Menu.Item
          leftSection={<Icon name="user" size={16} />}
          renderRoot={(props) => <Link to="/app/profil" {...props} />}
        >
          {t("nav.profile")}
        </Menu.Item>
        <Menu.Divider />
        <Menu.Item leftSection={<Icon name="logout" size={16} />} color="red" onClick={signOut}>
          {t("auth.signOut")}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}

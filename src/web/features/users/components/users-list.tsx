// Picks the users layout by screen width (table from the `sm` breakpoint, cards below); only one is
// rendered so every row and action exists once on the page.
import { Paper, Text, useMantineTheme } from "@mantine/core";
import { useMediaQuery } from "@mantine/hooks";
import { useTranslation } from "react-i18next";
import type { User } from "../api/types";
import type { UserActions } from "./user-actions-menu";
import { UserCards } from "./user-cards";
import { UsersTable } from "./users-table";

export function UsersList({ users, ...actions }: UserActions & { users: readonly User[] }) {
  const { t } = useTranslation();
  const theme = useMantineTheme();
  const isWide = useMediaQuery(`(min-width: ${theme.breakpoints.sm})`, undefined, {
    getInitialValueInEffect: false,
  });
  if (users.length === 0) {
    return (
      <Paper withBorder p="xl" ta="center">
        <Text c="dimmed">{t("users.empty")}</Text>
      </Paper>
    );
  }
  return isWide ? <UsersTable users={users} {...actions} /> : <UserCards users={users} {...actions} />;
}

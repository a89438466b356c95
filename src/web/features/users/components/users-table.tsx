// Users as a table on tablets and desktops; as cards on phones (see user-cards.tsx).
import { Paper, Table, Text, VisuallyHidden } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { RegionName } from "../../../components/regions/region-name";
import type { User } from "../api/types";
import { type UserActions, UserActionsMenu } from "./user-actions-menu";
import { RoleBadge, StatusBadge } from "./user-badges";

const nowrap = { whiteSpace: "nowrap" } as const;

export function UsersTable({ users, ...actions }: UserActions & { users: readonly User[] }) {
  const { t, i18n } = useTranslation();
  const dateFormat = new Intl.DateTimeFormat(i18n.language === "en" ? "en-GB" : "id-ID", {
    dateStyle: "medium",
  });
  return (
    <Paper withBorder>
      <Table.ScrollContainer minWidth={820}>
        <Table verticalSpacing="sm" horizontalSpacing="md" highlightOnHover>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t("users.name")}</Table.Th>
              <Table.Th>{t("users.role")}</Table.Th>
              <Table.Th>{t("users.scope")}</Table.Th>
              <Table.Th>{t("users.status")}</Table.Th>
              <Table.Th>{t("users.createdAt")}</Table.Th>
              <Table.Th w={56}>
                <VisuallyHidden>{t("common.actions")}</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {users.map((user) => (
              <Table.Tr key={user.id} data-username={user.username}>
                <Table.Td>
                  <Text size="sm" fw={600}>
                    {user.displayName}
                  </Text>
                  <Text size="xs" c="dimmed" ff="monospace">
                    {user.username}
                  </Text>
                </Table.Td>
                <Table.Td style={nowrap}>
                  <RoleBadge user={user} />
                </Table.Td>
                <Table.Td>
                  <Text size="sm">
                    <RegionName code={user.scope} />
                  </Text>
                  <Text size="xs" c="dimmed" ff="monospace">
                    {user.scope}
                  </Text>
                </Table.Td>
                <Table.Td style={nowrap}>
                  <StatusBadge user={user} />
                </Table.Td>
                <Table.Td style={nowrap}>
                  <Text size="sm">{dateFormat.format(new Date(user.createdAt))}</Text>
                </Table.Td>
                <Table.Td>
                  <UserActionsMenu user={user} {...actions} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Paper>
  );
}

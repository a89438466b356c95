// Users as stacked cards on phones, where a wide table would need sideways scrolling.
import { Group, Paper, Stack, Text } from "@mantine/core";
import { RegionName } from "../../../components/regions/region-name";
import type { User } from "../api/types";
import { type UserActions, UserActionsMenu } from "./user-actions-menu";
import { RoleBadge, StatusBadge } from "./user-badges";

export function UserCards({ users, ...actions }: UserActions & { users: readonly User[] }) {
  return (
    <Stack gap="sm">
      {users.map((user) => (
        <Paper key={user.id} withBorder p="sm" data-username={user.username}>
          <Group justify="space-between" wrap="nowrap" align="flex-start">
            <div style={{ minWidth: 0 }}>
              <Text fw={600} size="sm">
                {user.displayName}
              </Text>
              <Text size="xs" c="dimmed" ff="monospace" truncate>
                {user.username}
              </Text>
            </div>
            <UserActionsMenu user={user} {...actions} />
          </Group>
          <Group gap="xs" mt="xs">
            <RoleBadge user={user} />
            <StatusBadge user={user} />
          </Group>
          <Text size="sm" mt="xs">
            <RegionName code={user.scope} />{" "}
            <Text span size="xs" c="dimmed" ff="monospace">
              ({user.scope})
            </Text>
          </Text>
        </Paper>
      ))}
    </Stack>
  );
}

// Confirms deactivating (or reactivating) a user account.
import { Button, Group, Modal, Stack, Text } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../../../components/ui/error-alert";
import type { User } from "../api/types";
import { useUpdateUser } from "../hooks/use-users";

export function StatusChangeModal({ user, onClose }: { user: User | null; onClose: () => void }) {
  const { t } = useTranslation();
  const update = useUpdateUser();
  const deactivating = user?.isActive ?? true;

  const dismiss = () => {
    update.reset();
    onClose();
  };

  const confirm = () => {
    if (!user) return;
    update.mutate(
      { id: user.id, isActive: !user.isActive },
      {
        onSuccess: () => {
          const key = deactivating ? "users.deactivated" : "users.activated";
          notifications.show({ message: t(key, { username: user.username }), color: "teal" });
          dismiss();
        },
      },
    );
  };

  return (
    <Modal
      opened={user !== null}
      onClose={dismiss}
      title={
        user
          ? deactivating
            ? t("users.deactivateTitle", { username: user.username })
            : t("users.activate")
          : ""
      }
    >
      <Stack gap="md">
        <ErrorAlert error={update.error} />
        {deactivating ? <Text size="sm">{t("users.deactivateText")}</Text> : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={dismiss}>
            {t("common.cancel")}
          </Button>
          <Button color={deactivating ? "red" : undefined} onClick={confirm} loading={update.isPending}>
            {deactivating ? t("users.deactivate") : t("users.activate")}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

// Pengguna: the admin's users (only those in their scope, the server filters), with create,
// deactivate/reactivate and password reset.
import { Button, Skeleton, TextInput } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../../../components/ui/error-alert";
import { Icon } from "../../../components/ui/icons";
import { PageHeader } from "../../../components/ui/page-header";
import type { User } from "../api/types";
import { useUsers } from "../hooks/use-users";
import { CreateUserModal } from "./create-user-modal";
import { ResetPasswordModal } from "./reset-password-modal";
import { StatusChangeModal } from "./status-change-modal";
import { UsersList } from "./users-list";

type Dialog = { kind: "create" } | { kind: "reset"; user: User } | { kind: "status"; user: User } | null;

function matches(user: User, text: string): boolean {
  const needle = text.trim().toLowerCase();
  return needle === "" || `${user.username} ${user.displayName}`.toLowerCase().includes(needle);
}

export function UsersPage() {
  const { t } = useTranslation();
  const users = useUsers();
  const [filter, setFilter] = useState("");
  const [dialog, setDialog] = useState<Dialog>(null);
  const close = () => setDialog(null);
  const visible = (users.data ?? []).filter((user) => matches(user, filter));

  return (
    <>
      <PageHeader
        title={t("users.title")}
        subtitle={t("users.subtitle")}
        actions={
          <Button leftSection={<Icon name="plus" size={18} />} onClick={() => setDialog({ kind: "create" })}>
            {t("users.add")}
          </Button>
        }
      />
      <TextInput
        type="search"
        mb="md"
        maw={420}
        aria-label={t("users.filter")}
        placeholder={t("users.filter")}
        leftSection={<Icon name="search" size={17} />}
        value={filter}
        onChange={(event) => setFilter(event.currentTarget.value)}
      />
      <ErrorAlert error={users.error} />
      {users.data ? (
        <UsersList
          users={visible}
          onResetPassword={(user) => setDialog({ kind: "reset", user })}
          onToggleActive={(user) => setDialog({ kind: "status", user })}
        />
      ) : users.isPending ? (
        <Skeleton h={320} radius="md" />
      ) : null}
      <CreateUserModal opened={dialog?.kind === "create"} onClose={close} />
      <ResetPasswordModal user={dialog?.kind === "reset" ? dialog.user : null} onClose={close} />
      <StatusChangeModal user={dialog?.kind === "status" ? dialog.user : null} onClose={close} />
    </>
  );
}

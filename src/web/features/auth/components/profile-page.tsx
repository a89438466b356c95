// The user's own account: display name, language (saved on the account) and password.
import { SimpleGrid } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { PageHeader } from "../../../components/ui/page-header";
import { AccountCard } from "./account-card";
import { PasswordCard } from "./password-card";

export function ProfilePage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t("profile.title")} subtitle={t("profile.subtitle")} />
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <AccountCard />
        <PasswordCard />
      </SimpleGrid>
    </>
  );
}

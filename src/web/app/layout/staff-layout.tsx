// The staff area's frame: header with the user menu, a navbar that becomes a burger drawer on
// phones (field assistants mostly use phones), and the page outlet.
import { AppShell, Burger, Group, ScrollArea } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { notifications } from "@mantine/notifications";
import { useQuery } from "@tanstack/react-query";
import { Outlet, useLocation, useNavigate } from "@tanstack/react-router";
import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { Brand } from "../../components/ui/brand";
import { FullPageLoader } from "../../components/ui/full-page-loader";
import { applyLanguage } from "../../i18n";
import { CurrentUserProvider } from "../../lib/session/current-user";
import { meQueryOptions } from "../../lib/session/me-query";
import { HeaderWidgets } from "./header-widgets";
import { ScopeBadge } from "./scope-badge";
import { StaffNavbar } from "./staff-navbar";
import { UserMenu } from "./user-menu";

export function StaffLayout() {
  const { t } = useTranslation();
  const [opened, { toggle, close }] = useDisclosure(false);
  const navigate = useNavigate();
  const { href } = useLocation();
  const { data: me } = useQuery(meQueryOptions);
  const hrefRef = useRef(href);
  hrefRef.current = href;
  // Set just before an explicit sign-out, so the login page does not offer to come back here.
  const signingOut = useRef(false);
  const signedOut = me === null;

  // The account's language setting wins over the browser's remembered choice.
  useEffect(() => {
    if (me) void applyLanguage(me.language);
  }, [me]);

  // Me becomes null on sign-out or when any request answers 401 (session ended). Navigate once
  // per transition (a <Navigate> element would fire again on every re-render while pending).
  useEffect(() => {
    if (!signedOut) return;
    const expired = !signingOut.current;
    signingOut.current = false;
    if (expired) notifications.show({ message: t("auth.sessionExpired"), color: "orange" });
    const search = expired ? { redirect: hrefRef.current } : {};
    void navigate({ to: "/masuk", search, replace: true });
  }, [signedOut, navigate, t]);

  if (!me) return <FullPageLoader />;

  return (
    <CurrentUserProvider user={me}>
      <a className="skip-link" href="#main">
        {t("app.skipToContent")}
      </a>
      <AppShell
        header={{ height: 60 }}
        navbar={{ width: 264, breakpoint: "sm", collapsed: { mobile: !opened } }}
        padding={{ base: "sm", sm: "lg" }}
      >
        <AppShell.Header px={{ base: "sm", sm: "md" }}>
          <Group h="100%" justify="space-between" wrap="nowrap">
            <Group gap="sm" wrap="nowrap">
              <Burger
                opened={opened}
                onClick={toggle}
                hiddenFrom="sm"
                size="sm"
                aria-label={opened ? t("app.closeMenu") : t("app.openMenu")}
              />
              <Brand />
            </Group>
            <Group gap="sm" wrap="nowrap">
              <HeaderWidgets role={me.role} />
              <UserMenu user={me} onSignOut={() => (signingOut.current = true)} />
            </Group>
          </Group>
        </AppShell.Header>
        <AppShell.Navbar p="sm" aria-label={t("app.mainNavigation")}>
          <AppShell.Section grow component={ScrollArea}>
            <StaffNavbar role={me.role} onNavigate={close} />
          </AppShell.Section>
          <AppShell.Section pt="sm">
            <ScopeBadge scope={me.scope} />
          </AppShell.Section>
        </AppShell.Navbar>
        <AppShell.Main id="main">
          <div style={{ maxWidth: 1200, margin: "0 auto" }}>
            <Outlet />
          </div>
        </AppShell.Main>
      </AppShell>
    </CurrentUserProvider>
  );
}

// Navbar links for the user's role, built from the registered modules' nav entries.
import { NavLink, Stack } from "@mantine/core";
import { Link, useLocation } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { Icon } from "../../components/ui/icons";
import type { Role } from "../../lib/roles";
import { navForRole } from "../../lib/web-module";
import { staffArea } from "../modules";

function isActive(entryPath: string, pathname: string): boolean {
  if (entryPath === "/app") return pathname === "/app" || pathname === "/app/";
  return pathname === entryPath || pathname.startsWith(`${entryPath}/`);
}

export function StaffNavbar({ role, onNavigate }: { role: Role; onNavigate: () => void }) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  return (
    <Stack gap={2}>
      {navForRole(staffArea.nav, role).map((entry) => (
        <NavLink
          key={entry.path}
          label={t(`nav.${entry.labelKey}`)}
          leftSection={entry.icon ? <Icon name={entry.icon} size={19} /> : null}
          active={isActive(entry.path, pathname)}
          onClick={onNavigate}
          variant="light"
          style={{ borderRadius: "var(--mantine-radius-md)" }}
          fw={500}
          // The home entry is the parent of every staff path: only an exact match marks it current
          // (Link sets aria-current, which Mantine styles as active).
          renderRoot={(props) => (
            <Link
              to={entry.path}
              activeOptions={{ exact: entry.path === "/app", includeSearch: false }}
              {...props}
            />
          )}
        />
      ))}
    </Stack>
  );
}

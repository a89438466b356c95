// The PLUT screens' own navigation: one tab per page under /app/toko.
import { Tabs } from "@mantine/core";
import { useLocation, useNavigate } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";

const TABS = [
  { path: "/app/toko", key: "products" },
  { path: "/app/toko/titip", key: "intake" },
  { path: "/app/toko/stok", key: "stock" },
  { path: "/app/toko/pra-pesan", key: "preorders" },
  { path: "/app/toko/pesanan", key: "orders" },
  { path: "/app/toko/pembayaran", key: "payments" },
  { path: "/app/toko/pengadaan", key: "procurement" },
  { path: "/app/toko/bagi-hasil", key: "settlement" },
  { path: "/app/toko/flyer", key: "flyer" },
  { path: "/app/toko/laporan", key: "report" },
  { path: "/app/toko/produsen", key: "producers" },
  { path: "/app/toko/pesan", key: "messages" },
  { path: "/app/toko/plut", key: "plut" },
] as const;

export function MarketTabs() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const current = TABS.find((tab) => tab.path === pathname.replace(/\/$/, ""))?.path ?? TABS[0].path;
  return (
    <Tabs
      value={current}
      onChange={(value) => value && void navigate({ to: value })}
      mb="lg"
      keepMounted={false}
    >
      <Tabs.List style={{ overflowX: "auto", flexWrap: "nowrap" }}>
        {TABS.map((tab) => (
          <Tabs.Tab key={tab.path} value={tab.path}>
            {t(`market.tabs.${tab.key}`)}
          </Tabs.Tab>
        ))}
      </Tabs.List>
    </Tabs>
  );
}

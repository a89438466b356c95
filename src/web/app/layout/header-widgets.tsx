// Renders the modules' header widgets for the user's role, each as its own lazy chunk.
import { lazy, Suspense } from "react";
import type { Role } from "../../lib/roles";
import { canAccess } from "../../lib/web-module";
import { staffHeaderWidgets } from "../modules";

const widgets = staffHeaderWidgets.map((widget) => ({ roles: widget.roles, Component: lazy(widget.load) }));

export function HeaderWidgets({ role }: { role: Role }) {
  return (
    <Suspense fallback={null}>
      {widgets
        .filter((widget) => canAccess(widget.roles, role))
        .map(({ Component }, index) => (
          // The list is fixed at build time, so the index is a stable key.
          // biome-ignore lint/suspicious/noArrayIndexKey: see above
          <Component key={index} />
        ))}
    </Suspense>
  );
}

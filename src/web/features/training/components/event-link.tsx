// A client-side link to a training page (ids in the path, so navigation goes by href).
import { Anchor, type AnchorProps } from "@mantine/core";
import { useNavigate } from "@tanstack/react-router";
import type { MouseEvent, ReactNode } from "react";

export function EventLink({ href, children, ...rest }: AnchorProps & { href: string; children: ReactNode }) {
  const navigate = useNavigate();
  const go = (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    void navigate({ href });
  };
  return (
    <Anchor href={href} onClick={go} {...rest}>
      {children}
    </Anchor>
  );
}

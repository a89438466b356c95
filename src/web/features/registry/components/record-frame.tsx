// The frame of one record's page of the register (a business, a cooperative): the link back to its
// list above, a placeholder while it loads, "not found" for an unknown id or one outside the
// caller's scope, else the record's own content.
import { Anchor, Group, Skeleton, Stack } from "@mantine/core";
import { Link } from "@tanstack/react-router";
import type { ReactNode } from "react";
import { ErrorAlert } from "../../../components/ui/error-alert";
import { isApiError } from "../../../lib/api-error";
import { RegistryIcon } from "./registry-icons";

export function RecordFrame<T>(props: {
  query: { data: T | undefined; error: unknown; isPending: boolean };
  backTo: string;
  backLabel: string;
  notFound: string;
  loadingHeight: number;
  children: (data: T) => ReactNode;
}) {
  const { query } = props;
  const back = (
    <Anchor size="sm" renderRoot={(p) => <Link to={props.backTo} {...p} />}>
      <Group gap={4} component="span">
        <RegistryIcon name="arrowLeft" size={16} />
        {props.backLabel}
      </Group>
    </Anchor>
  );
  if (!query.data) {
    const missing =
      isApiError(query.error) && (query.error.status === 404 || query.error.code === "OUT_OF_SCOPE");
    return (
      <Stack>
        {back}
        {query.isPending ? (
          <Skeleton h={props.loadingHeight} />
        ) : (
          <ErrorAlert error={missing ? new Error(props.notFound) : query.error} />
        )}
      </Stack>
    );
  }
  return (
    <>
      <Stack gap={4} mb="xs">
        {back}
      </Stack>
      {props.children(query.data)}
    </>
  );
}

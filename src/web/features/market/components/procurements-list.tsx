// Procurements with their split across producers: purchase orders, why each producer got its share,
// deliveries, and the invoice.
import { Anchor, Badge, Button, Group, Paper, Table, Text } from "@mantine/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { formatRupiah } from "../../../../shared/money";
import { ErrorAlert } from "../../../components/ui/error-alert";
import { marketApi, type Procurement } from "../api";

function Card({ p, canDeliver }: { p: Procurement; canDeliver: boolean }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const deliver = useMutation({
    mutationFn: marketApi.delivered,
    onSuccess: () => client.invalidateQueries({ queryKey: ["market", "procurements"] }),
  });
  return (
    <Paper withBorder p="md" radius="md" mb="md" data-testid="procurement">
      <Group justify="space-between">
        <Text fw={700}>
          {p.institution} · {p.productName} × {p.assigned}
          {p.unfilled > 0 ? (
            <Badge ml="xs" color="orange" variant="light">
              {t("market.procurement.unfilled", { count: p.unfilled })}
            </Badge>
          ) : null}
        </Text>
        <Group gap="xs">
          <Text size="sm">
            {p.dueDate} · {formatRupiah(p.total)}
          </Text>
          <Anchor href={`/api/market/procurements/${p.id}/invoice.pdf`} target="_blank">
            {t("market.procurement.invoice")}
          </Anchor>
        </Group>
      </Group>
      <Table mt="xs">
        <Table.Tbody>
          {p.purchaseOrders.map((po) => (
            <Table.Tr key={po.id}>
              <Table.Td ff="monospace">{po.number}</Table.Td>
              <Table.Td>
                <Text size="sm">{po.producerName}</Text>
                <Text size="xs" c="dimmed">
                  {po.explanation}
                </Text>
              </Table.Td>
              <Table.Td ta="right">
                {po.delivered}/{po.quantity}
              </Table.Td>
              <Table.Td>
                {canDeliver && po.delivered < po.quantity ? (
                  <Button
                    size="compact-xs"
                    variant="light"
                    onClick={() => deliver.mutate({ id: po.id, quantity: po.quantity })}
                  >
                    {t("market.procurement.delivered")}
                  </Button>
                ) : (
                  <Badge variant="light">{po.status}</Badge>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Paper>
  );
}

export function ProcurementsList({ canDeliver }: { canDeliver: boolean }) {
  const list = useQuery({
    queryKey: ["market", "procurements"],
    queryFn: ({ signal }) => marketApi.procurements(signal),
  });
  return (
    <>
      <ErrorAlert error={list.error} />
      {(list.data ?? []).map((p) => (
        <Card key={p.id} p={p} canDeliver={canDeliver} />
      ))}
    </>
  );
}

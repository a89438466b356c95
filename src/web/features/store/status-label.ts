// The order status as the buyer reads it: a delivery order is never "ready for pickup".
import type { OrderStatus } from "./api";

const DELIVERY_WORDING = ["reserved", "allocated", "fulfilled"] as const;
type DeliveryWorded = (typeof DELIVERY_WORDING)[number];

export function orderStatusKey(
  status: OrderStatus,
  method: "pickup" | "delivery",
): `shop.status.${OrderStatus}` | `shop.statusDelivery.${DeliveryWorded}` {
  const worded = DELIVERY_WORDING.find((s) => s === status);
  return method === "delivery" && worded ? `shop.statusDelivery.${worded}` : `shop.status.${status}`;
}

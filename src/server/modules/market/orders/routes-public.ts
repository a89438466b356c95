import rateLimit from "@fastify/rate-limit";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { loadEnv } from "../../../platform/env";
import { listProducts } from "../catalogue/list-products";
import {
  OrderCodeParams,
  PlacedOrder,
  PlaceOrderBody,
  ProductsQuery,
  PublicProduct,
  TrackedOrder,
  TrackQuery,
} from "../contract";
import { limitOrderCode } from "./order-code-limits";
import { placeOrder } from "./place-order";
import { trackOrder } from "./track-order";

export type MarketRouteOptions = {
  /** Per-IP rate limits and the per-phone open-order cap; MARKET_RATE_LIMIT=off turns them off for load tests. */
  limits?: boolean;
};

/** Public store API: products, orders by name + WhatsApp number, tracking by order code. */
export function marketPublicRoutes(options: MarketRouteOptions = {}) {
  const limits = options.limits ?? loadEnv().MARKET_RATE_LIMIT === "on";
  return async (root: FastifyInstance): Promise<void> => {
    if (limits) await root.register(rateLimit, { global: false });
    const app = root.withTypeProvider<ZodTypeProvider>();
    const tags = ["market"];
    // Ignored when the rate-limit plugin is not registered (limits off).
    const perMinute = (max: number) => ({ rateLimit: { max, timeWindow: 60_000 } });

    app.get(
      "/api/market/products",
      {
        schema: { tags, security: [], querystring: ProductsQuery, response: { 200: z.array(PublicProduct) } },
      },
      (req) => listProducts({ ctx: req.ctx, q: req.query.q }),
    );

    app.post(
      "/api/market/orders",
      {
        schema: { tags, security: [], body: PlaceOrderBody, response: { 201: PlacedOrder } },
        config: perMinute(20),
      },
      async (req, reply) => {
        const order = await placeOrder({ ctx: req.ctx, input: req.body, options: { limits } });
        return reply.status(201).send(order);
      },
    );

    app.get(
      "/api/market/orders/:code",
      {
        schema: {
          tags,
          security: [],
          params: OrderCodeParams,
          querystring: TrackQuery,
          response: { 200: TrackedOrder },
        },
        onRequest: limitOrderCode,
      },
      (req) => trackOrder({ ctx: req.ctx, code: req.params.code, phoneLast4: req.query.phone }),
    );
  };
}

import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { confirmAllocation } from "./allocation/confirm-allocation";
import { runAllocation } from "./allocation/run-allocation";
import { createProduct, listStaffProducts, updateProduct } from "./catalogue/manage-products";
import { createProductFromPivot } from "./catalogue/product-from-pivot";
import { recordConsignment, recordConsignmentBatch } from "./consignment/record-consignment";
import { AllocationBody, AllocationOut, ConfirmAllocationBody } from "./contract-orders";
import {
  IdParams,
  Producer,
  ProducerBody,
  ProductBody,
  ProductFromPivotBody,
  ProductPatch,
  StaffProduct,
} from "./contract-staff";
import { ConsignmentBatchBody, ConsignmentBody, StockEntryOut } from "./contract-stock";
import { listProducers, saveProducer } from "./producers/manage-producers";
import { removeProducer } from "./producers/remove-producer";

/** Staff API of the PLUT (konsultan): catalogue, producers, consignment intake, allocation. */
export async function marketStaffRoutes(root: FastifyInstance): Promise<void> {
  const app = root.withTypeProvider<ZodTypeProvider>();
  const tags = ["market"];

  app.get("/api/market/producers", { schema: { tags, response: { 200: z.array(Producer) } } }, (req) =>
    listProducers({ ctx: req.ctx }),
  );
  app.post(
    "/api/market/producers",
    { schema: { tags, body: ProducerBody, response: { 201: Producer } } },
    async (req, reply) => reply.status(201).send(await saveProducer({ ctx: req.ctx, input: req.body })),
  );
  app.delete("/api/market/producers/:id", { schema: { tags, params: IdParams } }, (req) =>
    removeProducer({ ctx: req.ctx, id: req.params.id }),
  );

  app.get(
    "/api/market/admin/products",
    { schema: { tags, response: { 200: z.array(StaffProduct) } } },
    (req) => listStaffProducts({ ctx: req.ctx }),
  );
  app.post(
    "/api/market/admin/products",
    { schema: { tags, body: ProductBody, response: { 201: StaffProduct } } },
    async (req, reply) => reply.status(201).send(await createProduct({ ctx: req.ctx, input: req.body })),
  );
  app.post(
    "/api/market/admin/products/from-pivot",
    { schema: { tags, body: ProductFromPivotBody, response: { 201: StaffProduct } } },
    async (req, reply) =>
      reply.status(201).send(await createProductFromPivot({ ctx: req.ctx, input: req.body })),
  );
  app.patch(
    "/api/market/admin/products/:id",
    { schema: { tags, params: IdParams, body: ProductPatch, response: { 200: StaffProduct } } },
    (req) => updateProduct({ ctx: req.ctx, id: req.params.id, input: req.body }),
  );

  app.post(
    "/api/market/consignments",
    { schema: { tags, body: ConsignmentBody, response: { 201: StockEntryOut } } },
    async (req, reply) => reply.status(201).send(await recordConsignment({ ctx: req.ctx, input: req.body })),
  );
  app.post(
    "/api/market/consignments/batch",
    { schema: { tags, body: ConsignmentBatchBody, response: { 201: z.array(StockEntryOut) } } },
    async (req, reply) =>
      reply.status(201).send(await recordConsignmentBatch({ ctx: req.ctx, input: req.body })),
  );

  app.post(
    "/api/market/allocations",
    { schema: { tags, body: AllocationBody, response: { 200: AllocationOut } } },
    (req) => runAllocation({ ctx: req.ctx, input: req.body }),
  );
  app.post(
    "/api/market/allocations/:id/confirm",
    { schema: { tags, params: IdParams, body: ConfirmAllocationBody, response: { 200: AllocationOut } } },
    (req) => confirmAllocation({ ctx: req.ctx, runId: req.params.id, input: req.body }),
  );
}

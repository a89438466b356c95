import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { AppError } from "../../platform/errors";
import {
  ChangePasswordBody,
  CreateUserBody,
  IdParams,
  LoginBody,
  Me,
  UpdateMeBody,
  UpdateUserBody,
  User,
} from "./contract";
import { clearSessionCookie, setSessionCookie } from "./http-auth";
import { createUser, listUsers, updateUser } from "./manage-users";
import { changePassword, getMe, updateMe } from "./self-service";
import { login, logout } from "./sign-in/login";

export async function accessRoutes(root: FastifyInstance): Promise<void> {
  const app = root.withTypeProvider<ZodTypeProvider>();
  const tags = ["access"];

  app.post(
    "/api/auth/login",
    { schema: { tags, security: [], body: LoginBody, response: { 200: Me } } },
    async (req, reply) => {
      const out = await login({
        ctx: req.ctx,
        input: req.body,
        client: { ip: req.ip, userAgent: req.headers["user-agent"] ?? null },
      }).catch((err: unknown) => {
        const wait = err instanceof AppError ? err.details?.retryAfterSeconds : undefined;
        if (typeof wait === "number") reply.header("retry-after", String(wait));
        throw err;
      });
      setSessionCookie(req, reply, out.token);
      return out.me;
    },
  );

  app.post("/api/auth/logout", { schema: { tags, security: [] } }, async (req, reply) => {
    if (req.sessionToken) await logout({ ctx: req.ctx, token: req.sessionToken });
    clearSessionCookie(reply);
    return reply.status(204).send();
  });

  app.get("/api/auth/me", { schema: { tags, response: { 200: Me } } }, (req) => getMe({ ctx: req.ctx }));

  app.patch("/api/auth/me", { schema: { tags, body: UpdateMeBody, response: { 200: Me } } }, (req) =>
    updateMe({ ctx: req.ctx, input: req.body }),
  );

  app.post("/api/auth/password", { schema: { tags, body: ChangePasswordBody } }, async (req, reply) => {
    await changePassword({ ctx: req.ctx, input: req.body, currentToken: req.sessionToken });
    return reply.status(204).send();
  });

  app.get("/api/users", { schema: { tags, response: { 200: z.array(User) } } }, (req) =>
    listUsers({ ctx: req.ctx }),
  );

  app.post(
    "/api/users",
    { schema: { tags, body: CreateUserBody, response: { 201: User } } },
    async (req, reply) => {
      const user = await createUser({ ctx: req.ctx, input: req.body });
      return reply.status(201).send(user);
    },
  );

  app.patch(
    "/api/users/:id",
    { schema: { tags, params: IdParams, body: UpdateUserBody, response: { 200: User } } },
    (req) => updateUser({ ctx: req.ctx, id: req.params.id, input: req.body }),
  );
}

/** Whether the part of the demo seeded after start is still running ("none" when no demo is seeded). */
export const demoState: { value: "none" | "seeding" | "ready" | "failed" } = { value: "none" };

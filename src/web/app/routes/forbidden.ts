// Thrown by a page route's guard when the user's role may not open it; the route error view
// recognises it and shows "Akses ditolak" instead of a crash message.
export class ForbiddenRouteError extends Error {
  constructor() {
    super("forbidden");
    this.name = "ForbiddenRouteError";
  }
}

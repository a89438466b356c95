// Placeholder: replaced by the platform's test database setup.
export default async function setup(): Promise<void> {}

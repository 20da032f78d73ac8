// Stands in for `server-only` under Vitest: tests import server modules directly, outside React's
// server environment where the real package throws.
export {}

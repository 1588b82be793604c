import { defineConfig } from 'drizzle-kit';

// Migrations are generated as flat `NNNN_name.sql` files, the layout `wrangler d1 migrations apply` reads.
export default defineConfig({
  dialect: 'sqlite',
  schema: './db/schema.ts',
  out: './db/migrations',
});

import type { D1Migration } from '@cloudflare/vitest-pool-workers';

declare global {
  namespace Cloudflare {
    interface Env {
      /** The committed migrations, read by vitest.config.ts and applied before each test file. */
      TEST_MIGRATIONS: D1Migration[];
      /** The only addresses the pool's Email Service binding sends to (vitest.config.ts); it refuses any other. */
      TEST_VERIFIED_ADDRESSES: string[];
    }
  }
}

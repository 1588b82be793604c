import { cloudflareTest, readD1Migrations } from '@cloudflare/vitest-pool-workers';
import { defineConfig } from 'vitest/config';

// Miniflare would fetch a `Request.cf` sample from the internet; tests stay on this machine.
process.env.CLOUDFLARE_CF_FETCH_ENABLED ??= 'false';

/**
 * The integration pool's Email Service binding is set up like an account that may send only to
 * verified addresses: these made-up ones (the tests read them as TEST_VERIFIED_ADDRESSES), and
 * from the one sender its Worker is configured with. Anything else the local runtime refuses, as
 * the service would (E_RECIPIENT_NOT_ALLOWED).
 */
const TEST_SENDER = 'uitnodiging@samenwaarde.example';
const TEST_VERIFIED_ADDRESSES = Array.from({ length: 60 }, (_, i) => `medewerker.${i}@rivierstad.example`);

/**
 * Four projects: `unit` (pure code in Node), `integration` (the real Worker on workerd with a real
 * D1 and the committed migrations), `system` (the platform as `wrangler dev` runs it, restarts
 * included) and `browser` (Debian's Chromium against `wrangler dev`).
 */
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['core/**/*.test.ts', 'worker/**/*.test.ts', 'web/**/*.test.ts', 'test/unit/**/*.test.ts', 'scripts/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        plugins: [
          cloudflareTest(async () => ({
            wrangler: { configPath: './wrangler.toml' },
            miniflare: {
              bindings: { TEST_MIGRATIONS: await readD1Migrations('./db/migrations'), MAIL_FROM: TEST_SENDER, TEST_VERIFIED_ADDRESSES },
              email: {
                send_email: [
                  { name: 'EMAIL', allowed_sender_addresses: [TEST_SENDER], allowed_destination_addresses: TEST_VERIFIED_ADDRESSES },
                ],
              },
            },
          })),
        ],
        test: { name: 'integration', include: ['test/integration/**/*.test.ts'], setupFiles: ['./test/integration/apply-migrations.ts'] },
      },
      {
        test: { name: 'system', include: ['test/system/**/*.test.ts'], testTimeout: 180_000, hookTimeout: 60_000, fileParallelism: false },
      },
      {
        test: {
          name: 'browser',
          include: ['test/browser/**/*.test.ts'],
          globalSetup: ['./test/browser/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});

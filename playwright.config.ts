import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './scripts/chromium-path.js';

const port = Number(process.env.E2E_PORT ?? 4173);
const base = (process.env.BASE_PATH ?? '').replace(/\/$/, '');

export default defineConfig({
	testDir: 'tests/e2e',
	timeout: 60_000,
	expect: { timeout: 20_000 },
	fullyParallel: false,
	workers: 1,
	retries: 0,
	reporter: process.env.CI ? [['list']] : [['list']],
	use: {
		baseURL: `http://127.0.0.1:${port}${base}/`,
		timezoneId: 'UTC',
		// The service worker would hide requests from page.route(); tests/e2e/offline.spec.ts turns it on.
		serviceWorkers: 'block',
		locale: 'en-US',
		launchOptions: { executablePath: findChromium() ?? undefined, args: CHROMIUM_ARGS }
	},
	webServer: {
		command: `node scripts/serve.js ${process.env.BUILD_DIR ?? 'build'}`,
		url: `http://127.0.0.1:${port}${base}/`,
		env: { PORT: String(port), BASE_PATH: base },
		reuseExistingServer: false,
		timeout: 30_000
	}
});

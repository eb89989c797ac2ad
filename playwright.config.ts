import { existsSync } from 'node:fs';
import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './scripts/chromium-path.js';

const port = Number(process.env.E2E_PORT ?? 4173);
const base = (process.env.BASE_PATH ?? '').replace(/\/$/, '');
// The pseudo-locale build (npm run build:pseudo, docs/i18n.md) is served beside the site for its own spec.
const pseudoPort = Number(process.env.E2E_PSEUDO_PORT ?? port + 10);
const pseudoDir = process.env.PSEUDO_BUILD_DIR ?? 'build-pseudo';
const PSEUDO_SPEC = /pseudo-locale\.spec\.ts$/;

const server = (dir: string, serverPort: number) => ({
	command: `node scripts/serve.js ${dir}`,
	url: `http://127.0.0.1:${serverPort}${base}/`,
	env: { PORT: String(serverPort), BASE_PATH: base },
	reuseExistingServer: false,
	timeout: 30_000
});

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
	projects: [
		{ name: 'site', testIgnore: PSEUDO_SPEC },
		{ name: 'pseudo-locale', testMatch: PSEUDO_SPEC, use: { baseURL: `http://127.0.0.1:${pseudoPort}${base}/` } }
	],
	// Without a pseudo build (a spec run by hand) only the site is served; the pseudo spec then fails to connect.
	webServer: [
		server(process.env.BUILD_DIR ?? 'build', port),
		...(existsSync(pseudoDir) ? [server(pseudoDir, pseudoPort)] : [])
	]
});

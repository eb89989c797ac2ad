// Builds the site for a sub-path (paths.base = /igf-metrics) into its own folder, serves it there as a
// static host would, and checks every page and its data load from under the sub-path only.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { test, expect, engineReady, expectLive } from './fixtures';

const SUB = '/igf-metrics';
const port = Number(process.env.E2E_PORT ?? 4173) + 2000;
const out = `build-base-path-${port}`;
const origin = `http://127.0.0.1:${port}`;

let server: ChildProcess | undefined;

test.describe('deployed under a sub-path', () => {
	// The suite itself may already run under a base path; this spec covers the root-served case's opposite.
	test.skip(Boolean(process.env.BASE_PATH), 'the whole suite already runs under BASE_PATH');
	test.describe.configure({ mode: 'serial' });

	test.beforeAll(async () => {
		test.setTimeout(300_000);
		// English and Arabic only: the merge of language builds under a sub-path, in a third of the time.
		execFileSync('npx', ['tsx', 'scripts/build-site.ts', '--out', out, '--locales', 'en,ar'], {
			stdio: 'ignore',
			env: {
				...process.env,
				BASE_PATH: SUB,
				KIT_OUT_DIR: `.svelte-kit-base-path-${port}`,
				VITE_CACHE_DIR: `node_modules/.vite-base-path-${port}`
			}
		});
		server = spawn('node', ['scripts/serve.js', out], {
			env: { ...process.env, PORT: String(port), BASE_PATH: SUB },
			stdio: 'pipe'
		});
		await new Promise<void>((resolve, reject) => {
			server!.stdout!.on('data', () => resolve());
			server!.on('exit', (code) => reject(new Error(`serve.js exited with ${code}`)));
		});
	});

	test.afterAll(() => {
		server?.kill();
		rmSync(out, { recursive: true, force: true });
		rmSync(`.svelte-kit-base-path-${port}`, { recursive: true, force: true });
	});

	test('every page, asset and data file is served from under the sub-path', async ({ page }) => {
		test.setTimeout(180_000);
		// Not the `watch` fixture: it takes the suite's own server as the one origin.
		const outside: string[] = [];
		const errors: string[] = [];
		page.on('request', (r) => {
			const url = new URL(r.url());
			if (url.protocol === 'data:' || url.protocol === 'blob:') return;
			if (url.origin !== origin || !url.pathname.startsWith(`${SUB}/`)) outside.push(r.url());
		});
		page.on('console', (m) => {
			if (m.type() === 'error') errors.push(m.text());
		});
		page.on('pageerror', (e) => errors.push(e.message));
		const data: string[] = [];
		page.on('response', (r) => {
			if (r.url().includes(`${SUB}/datasets/`) && r.ok()) data.push(new URL(r.url()).pathname);
		});

		await page.goto(`${origin}${SUB}/`);
		const links = await page
			.getByRole('navigation', { name: 'Main' })
			.getByRole('link')
			.evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
		expect(links.length).toBeGreaterThanOrEqual(5);
		for (const href of links) {
			expect(new URL(href).pathname.startsWith(`${SUB}/`), href).toBe(true);
			const response = await page.goto(href);
			expect(response?.status(), href).toBe(200);
			await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
			await engineReady(page);
		}
		// The engine fetched its manifest and Parquet files under the sub-path and a chart went live.
		expect(data).toContain(`${SUB}/datasets/manifest.json`);
		expect(data.some((p) => p.endsWith('.parquet'))).toBe(true);
		await page.goto(`${origin}${SUB}/participation`);
		await engineReady(page);
		await expectLive(page.locator('figure[data-chart="participants-per-year"]'), { timeout: 45_000 });
		// Client-side navigation stays under the sub-path too.
		await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Data', exact: true }).click();
		await expect(page).toHaveURL(`${origin}${SUB}/data`);
		expect(outside).toEqual([]);
		expect(errors).toEqual([]);
	});

	test('a language prefix after the sub-path: the page and links inside it stay in the language', async ({ page }) => {
		const ar = JSON.parse(readFileSync('messages/ar.json', 'utf8')) as Record<string, string>;
		await page.goto(`${origin}${SUB}/ar/funding`);
		await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(ar.nav_funding);
		// Drawn by the browser: its router drops the prefix after the sub-path and keeps the language.
		await page.getByRole('navigation', { name: ar.nav_main }).getByRole('link', { name: ar.nav_participation }).click();
		await expect(page).toHaveURL(`${origin}${SUB}/ar/participation`);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(ar.nav_participation);
	});

	test('the root of the host is not the app: nothing leaks to /', async ({ page }) => {
		const response = await page.goto(`${origin}/`);
		expect(response?.status()).toBe(404);
	});
});

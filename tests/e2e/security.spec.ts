import { test, expect, engineReady, expectLive } from './fixtures';
import type { Page } from '@playwright/test';
import { navRoutes } from './nav-routes';

function cspOf(page: Page) {
	return page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
}

test('every page carries a strict CSP, boots the engine under it and stays on this origin', async ({ page, watch }) => {
	test.setTimeout(180_000);
	const routes = await navRoutes(page);
	expect(routes.length).toBeGreaterThanOrEqual(5);
	for (const path of routes) {
		await page.goto(path);
		const csp = (await cspOf(page)) ?? '';
		expect(csp, `${path} CSP`).toMatch(/script-src 'self' 'wasm-unsafe-eval'( 'sha256-[^']+')*;/);
		expect(csp).toContain("connect-src 'self'");
		expect(csp).toContain("object-src 'none'");
		expect(csp).toContain("base-uri 'self'");
		expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
		expect(csp).not.toMatch(/script-src[^;]*'unsafe-eval'/);
		// No inline event handlers anywhere in the markup (they would be blocked, and silently break).
		const handlers = await page.evaluate(() =>
			[...document.querySelectorAll('*')].flatMap((el) =>
				[...el.attributes].filter((a) => /^on/i.test(a.name)).map((a) => `${el.tagName}[${a.name}]`)
			)
		);
		expect(handlers, `${path} inline handlers`).toEqual([]);
		await engineReady(page);
	}
	expect(watch.foreignRequests).toEqual([]);
	expect(watch.consoleErrors).toEqual([]);
});

test('charts re-query live in DuckDB-WASM under the CSP', async ({ page, watch }) => {
	await page.goto('participation');
	// The engine starts on intent (or in idle time on a fast link only): ask for it as a reader would.
	await engineReady(page);
	await expectLive(page.locator('figure[data-chart="participants-per-year"]'), { timeout: 45_000 });
	expect(watch.consoleErrors).toEqual([]);
});

test('the CSP is enforced: an injected inline script and a foreign fetch are blocked and reported', async ({
	page
}) => {
	const violations: string[] = [];
	page.on('console', (m) => {
		if (m.text().startsWith('CSP violation')) violations.push(m.text());
	});
	await page.addInitScript(() =>
		document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective}`))
	);
	await page.goto('./');
	// Blocked before any network traffic: no request ever leaves the browser.
	await page.route(/^(?!http:\/\/127\.0\.0\.1)/, (route) => route.abort());
	const ran = await page.evaluate(async () => {
		const s = document.createElement('script');
		s.textContent = 'window.__injected = true';
		document.body.append(s);
		const fetched = await fetch('https://example.org/x').then(
			() => true,
			() => false
		);
		return { inline: (window as unknown as { __injected?: boolean }).__injected === true, fetched };
	});
	expect(ran).toEqual({ inline: false, fetched: false });
	await expect.poll(() => violations.length).toBeGreaterThanOrEqual(2);
	expect(violations.join('\n')).toMatch(/script-src/);
	expect(violations.join('\n')).toMatch(/connect-src/);
});

test('the SQL console cannot make the browser request what a query names: the engine itself refuses', async ({
	page,
	watch
}) => {
	const named: string[] = [];
	page.on('request', (r) => {
		if (/canary|sources\/participants\.csv/.test(r.url())) named.push(r.url());
	});
	// The engine's worker takes its policy from the header its script is served with (npm start sends it).
	const workerUrl = await engineWorkerUrl(page);
	const policy = (await page.request.get(workerUrl)).headers()['content-security-policy'];
	expect(policy).toContain("connect-src 'self'");
	const sql = page.getByLabel('SQL query');
	const run = page.getByRole('button', { name: 'Run query' });
	const error = page.locator('[data-sql-error]');
	for (const query of [
		"SELECT count(*) AS n FROM meetings, 'datasets/sources/participants.csv'",
		"SELECT count(*) AS n FROM meetings, 'http://127.0.0.2:9/canary.csv'",
		"DESCRIBE 'http://127.0.0.2:9/canary.csv'",
		'SELECT * FROM "http://127.0.0.2:9/canary.csv"',
		"PIVOT 'http://127.0.0.2:9/canary.csv' ON a USING count(*)"
	]) {
		await sql.fill(query);
		await run.click();
		await expect(error, query).toContainText('Refused by the engine');
	}
	await sql.fill("SELECT current_setting('enable_external_access') AS v");
	await run.click();
	await expect(error).toHaveCount(0);
	await expect(page.getByText('false', { exact: true }).first()).toBeVisible();
	await sql.fill('SELECT count(*) AS n FROM meetings');
	await run.click();
	await expect(error).toHaveCount(0);
	expect(named, 'requests for what the queries named').toEqual([]);
	expect(watch.foreignRequests).toEqual([]);
});

test('a worker served as npm start serves it cannot fetch another origin: blocked and reported', async ({
	page,
	watch
}) => {
	const workerUrl = await engineWorkerUrl(page);
	// The engine's own worker script, with the headers npm start serves it with, and a probe in front of it.
	const probeUrl = `${workerUrl}?probe`;
	await page.route(probeUrl, async (route) => {
		const served = await route.fetch({ url: workerUrl });
		const probe = `
			self.addEventListener('securitypolicyviolation', (e) =>
				postMessage({ violation: e.violatedDirective, blocked: e.blockedURI }));
			fetch('http://127.0.0.2:9/canary-from-worker').then(
				() => postMessage({ fetched: true }),
				() => postMessage({ fetched: false }));
		`;
		await route.fulfill({ response: served, body: probe + (await served.text()) });
	});
	const outcome = await page.evaluate(
		(url) =>
			new Promise<{ fetched?: boolean; violation?: string; blocked?: string }>((resolve) => {
				const seen: { fetched?: boolean; violation?: string; blocked?: string } = {};
				const w = new Worker(url);
				w.onmessage = ({ data }) => {
					Object.assign(seen, data);
					if ('fetched' in seen && 'violation' in seen) {
						w.terminate();
						resolve(seen);
					}
				};
				setTimeout(() => resolve(seen), 10_000);
			}),
		probeUrl
	);
	expect(outcome.fetched).toBe(false);
	expect(outcome.violation).toBe('connect-src');
	expect(outcome.blocked).toContain('127.0.0.2');
	// The engine the page runs is untouched: a plain query still answers.
	await page.getByLabel('SQL query').fill('SELECT count(*) AS n FROM meetings');
	await page.getByRole('button', { name: 'Run query' }).click();
	await expect(page.locator('[data-sql-error]')).toHaveCount(0);
	expect(watch.foreignRequests).toEqual([]);
});

test('the engine and its workers fetch nothing but the site’s own scripts, WebAssembly and data', async ({
	page,
	watch
}) => {
	const fetched: string[] = [];
	page.on('request', (r) => fetched.push(r.url()));
	await page.goto('participation');
	await engineReady(page);
	await page.goto('explore');
	await startExploreEngine(page);
	const origin = new URL(page.url()).origin;
	const foreign = fetched.filter((u) => !u.startsWith(origin) && !u.startsWith('data:') && !u.startsWith('blob:'));
	expect(foreign).toEqual([]);
	// Everything the engine asked for is a bundled asset or a dataset the site publishes: no extension repository.
	const engineFiles = fetched.filter((u) => /\.(wasm|parquet)(\?|$)|worker/.test(u));
	expect(engineFiles.length).toBeGreaterThan(0);
	for (const u of engineFiles) expect(new URL(u).pathname, u).toMatch(/\/(_app\/immutable|datasets)\//);
	expect(watch.foreignRequests).toEqual([]);
});

/** /explore starts its engine when the reader reaches for a control: here, the SQL console. */
async function startExploreEngine(page: Page) {
	await expect(page.locator('[data-explore-ready="true"]')).toBeVisible();
	await page.getByLabel('SQL query').focus();
	await engineReady(page);
}

/** Opens /explore, starts the engine and returns the address of its worker's script. */
async function engineWorkerUrl(page: Page): Promise<string> {
	await page.goto('explore');
	await startExploreEngine(page);
	const url = await page.evaluate(() =>
		performance
			.getEntriesByType('resource')
			.map((e) => e.name)
			.find((n) => /duckdb-browser-(eh|mvp)\.worker/.test(n))
	);
	expect(url).toBeTruthy();
	return url!;
}

import { test as base, expect, type Locator, type Page } from '@playwright/test';

/** What a page did that a test should fail on: requests to other origins, console errors, uncaught errors. */
export interface PageWatch {
	foreignRequests: string[];
	consoleErrors: string[];
}

export const test = base.extend<{ watch: PageWatch }>({
	watch: async ({ page, baseURL }, use) => {
		const origin = new URL(baseURL!).origin;
		const watch: PageWatch = { foreignRequests: [], consoleErrors: [] };
		page.on('request', (req) => {
			const url = req.url();
			if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:'))
				watch.foreignRequests.push(url);
		});
		page.on('console', (msg) => {
			if (msg.type() === 'error') watch.consoleErrors.push(msg.text());
		});
		page.on('pageerror', (err) => watch.consoleErrors.push(`pageerror: ${err.message}`));
		// Any Content-Security-Policy violation is reported as a console error the check above fails on.
		await page.addInitScript(() =>
			document.addEventListener('securitypolicyviolation', (e) =>
				console.error(
					`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`
				)
			)
		);
		await use(watch);
		expect(watch.foreignRequests, 'requests to another origin').toEqual([]);
		expect(watch.consoleErrors, 'console errors').toEqual([]);
	}
});

export { expect };

const engineState = (page: Page) => page.evaluate(() => document.documentElement.dataset.engine);

/** Starts the engine as a reader asks for live data: the header's button (the engine starts on intent). */
export async function startEngine(page: Page) {
	const start = page.locator('.engine-status').getByRole('button', { name: 'Load live data' });
	// The page may start the engine itself meanwhile (the button then goes): retry until it has started.
	while ((await engineState(page)) === 'idle') await start.click({ timeout: 2000 }).catch(() => {});
}

/** Waits until the in-browser engine says ready (or fails the test with its error). */
export async function engineReady(page: Page) {
	const state = () => engineState(page);
	await startEngine(page);
	await page.waitForFunction(() => ['ready', 'error'].includes(document.documentElement.dataset.engine ?? ''), null, {
		timeout: 45_000
	});
	if ((await state()) !== 'ready') {
		const message = await page.locator('.engine-status').innerText();
		throw new Error(`Engine did not become ready: ${message}`);
	}
}

/** Scrolls through the page a half screen at a time and back, as a reader would: every panel hydrates. */
export async function scrollThrough(page: Page) {
	await page.evaluate(async () => {
		for (let y = 0; y < document.documentElement.scrollHeight; y += innerHeight / 2) {
			scrollTo(0, y);
			await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
		}
		scrollTo(0, 0);
	});
}

/**
 * Waits until a chart is live, after scrolling it into view as a reader would: a panel off screen is
 * hydrated only once it nears the viewport (src/lib/ui/hydrate-later/until-needed.ts).
 */
export async function expectLive(figure: Locator, options?: { timeout?: number }) {
	await figure.scrollIntoViewIfNeeded();
	await expect(figure).toHaveAttribute('data-live', 'true', options);
}

// Time to first chart (navigation start → first chart's marks painted, cold cache), what was fetched
// before it, and the gzip weight of the JavaScript loaded before the engine starts.
import { FAST_LINK } from './fast-link';
import { gzipSync } from 'node:zlib';
import type { Browser, Request } from 'playwright-core';

/** A chart's marks: a rect inside a chart figure's main SVG (the app's charts and the naive page alike). */
const MARKS = 'figure[data-chart] svg[role=img] rect';
const ENGINE_MARGIN_MS = 50;

export interface FirstChartRun {
	/** ms from navigation start to the frame after the first chart's marks were in the DOM. */
	chart: number;
	/** ms from navigation start to the engine starting (app only; null on the naive page). */
	engineStart: number | null;
	/** ms to the engine being ready (app only). */
	engineReady: number | null;
	/**
	 * Longest main-thread task that began after the engine started, to its being ready (app), or over the
	 * whole load (naive).
	 */
	maxLongTask: number;
	/** Longest main-thread task before the engine started, or the one it started in (app: HTML layout, hydration). */
	maxStartupTask: number;
	wasmBeforeChart: number;
	/** gzip bytes of the JavaScript fetched before the engine started (or, without an engine, before the chart). */
	jsGzipBeforeEngine: number;
	jsFiles: string[];
	/** Parquet files the page fetched by the time its engine was ready, in order: what the page asked for. */
	datasets: string[];
}

// Runs in the page before any of its scripts: records the chart and engine moments in performance.now() time.
// Kept as plain JS text: a compiled function could carry the TypeScript runner's helpers into the page.
const PROBE = `(() => {
	const marks = { chart: null, engineStart: null, engineReady: null, longTasks: [] };
	window.__bench = marks;
	new PerformanceObserver((list) => {
		for (const e of list.getEntries()) marks.longTasks.push([e.startTime, e.duration]);
	}).observe({ type: 'longtask', buffered: true });
	const poll = () => {
		if (document.querySelector(${JSON.stringify(MARKS)})) requestAnimationFrame((t) => (marks.chart = t));
		else requestAnimationFrame(poll);
	};
	requestAnimationFrame(poll);
	new MutationObserver(() => {
		const state = document.documentElement.dataset.engine;
		if (state === 'loading') marks.engineStart ??= performance.now();
		if (state === 'ready') marks.engineReady ??= performance.now();
	}).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-engine'] }); // <html> may not exist yet
})();`;

export async function firstChartRun(browser: Browser, url: string, withEngine: boolean): Promise<FirstChartRun> {
	const context = await browser.newContext(); // a new context: empty cache
	const requests: { request: Request; at: number }[] = [];
	context.on('request', (request) => requests.push({ request, at: Date.now() }));
	const page = await context.newPage();
	await page.addInitScript({ content: PROBE });
	await page.addInitScript({ content: FAST_LINK });
	try {
		await page.goto(url);
		await page.waitForFunction(
			() => (window as unknown as { __bench: { chart: number | null } }).__bench.chart != null,
			null,
			{
				timeout: 90_000
			}
		);
		if (withEngine) {
			await page.waitForFunction(
				() => ['ready', 'error'].includes(document.documentElement.dataset.engine ?? ''),
				null,
				{
					timeout: 90_000
				}
			);
		}
		await page.waitForTimeout(100); // let the long-task observer deliver
		type Marks = {
			chart: number;
			engineStart: number | null;
			engineReady: number | null;
			longTasks: [number, number][];
		};
		const marks = await page.evaluate(() => ({
			...(window as unknown as { __bench: Marks }).__bench,
			origin: performance.timeOrigin
		}));
		const from = marks.engineStart ?? 0;
		// The engine is started from the hydration task's effects: that task counts as start-up, not as loading.
		const maxLongTask = Math.max(0, ...marks.longTasks.filter(([start]) => start >= from).map(([, d]) => d));
		const maxStartupTask =
			marks.engineStart == null
				? 0
				: Math.max(0, ...marks.longTasks.filter(([start]) => start < from).map(([, d]) => d));
		const epoch = (t: number) => marks.origin + t;
		const started = (r: { request: Request; at: number }) => {
			const t = r.request.timing().startTime;
			return t > 0 ? t : r.at;
		};
		const wasmBeforeChart = requests.filter(
			(r) => /\.wasm(\?|$)/.test(r.request.url()) && started(r) < epoch(marks.chart)
		).length;
		// The engine's own import is issued in the same task that flags data-engine=loading, a moment before
		// the observer sees it: a small margin keeps the engine's chunks out of the first chart's weight.
		const cutoff = marks.engineStart == null ? epoch(marks.chart) : epoch(marks.engineStart) - ENGINE_MARGIN_MS;
		// The page's own scripts: a service worker precaching the build does not run what it fetches.
		const scripts = requests.filter(
			(r) => r.request.resourceType() === 'script' && !r.request.serviceWorker() && started(r) < cutoff
		);
		let jsGzipBeforeEngine = 0;
		for (const s of scripts) {
			const body = await (await s.request.response())?.body().catch(() => null);
			if (body) jsGzipBeforeEngine += gzipSync(body).length;
		}
		return {
			chart: marks.chart,
			engineStart: marks.engineStart,
			engineReady: marks.engineReady,
			maxLongTask,
			maxStartupTask,
			wasmBeforeChart,
			jsGzipBeforeEngine,
			jsFiles: scripts.map((s) => new URL(s.request.url()).pathname),
			datasets: requests
				.filter((r) => !r.request.serviceWorker())
				.map((r) => new URL(r.request.url()).pathname)
				.filter((p) => p.endsWith('.parquet'))
		};
	} finally {
		await context.close();
	}
}

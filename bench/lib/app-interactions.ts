// Filter changes on the real /participation page: a click on a selection button → the frame after every
// chart has re-rendered (Svelte's update, the in-memory index's answer, suppression, SVG and tables).
import { FAST_LINK } from './fast-link';
import type { Browser, Page } from 'playwright-core';

/** The selection groups a user clicks through, in turn: years on the first chart, then the map's filters. */
const GROUPS = [
	'figure[data-chart="participants-per-year"] [role=group][aria-label="Select years"]',
	'figure[data-chart="participation-map"] [role=group][aria-label="Filter region"]',
	'figure[data-chart="participation-map"] [role=group][aria-label="Filter stakeholder group"]',
	'figure[data-chart="participation-map"] [role=group][aria-label="Filter gender"]',
	'figure[data-chart="participation-map"] [role=group][aria-label="Filter mode"]'
];

export interface AppInteractionRun {
	/** ms from each click to the frame after the page re-rendered, the first one (cold code) included. */
	clicks: number[];
	/** Longest main-thread task during the clicks. */
	maxLongTask: number;
	/**
	 * The same timing, same rhythm, for a change of one attribute that nothing depends on: what any page
	 * pays between an input and its next painted frame (the frame scheduling, not the page's work).
	 */
	frameFloor: number[];
}

/** In the page: ms from running `change` to the frame after it (the next animation frame, then the task after it). */
const UNTIL_NEXT_FRAME = `window.__untilNextFrame = (change) => new Promise((resolve) => {
	const t0 = performance.now();
	change();
	requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - t0)));
});`;
type Measured = { __untilNextFrame: (change: () => void) => Promise<number> };

/**
 * How long the bench waits between bringing a button on screen and clicking it: a person's pause between
 * seeing a button and clicking it is longer (reaction and pointing take a few hundred ms). After a shorter
 * pause the click lands while the page still renders the chart that has just come into view (charts off
 * screen skip rendering until then), and the click is charged for that scroll's frames. The bench also
 * reports clicks at RAPID_PAUSE_MS, without a target.
 */
export const PERSON_PAUSE_MS = 300;
/** Clicks faster than a person's: the scroll's rendering is still under way (see PERSON_PAUSE_MS). */
export const RAPID_PAUSE_MS = 50;

export interface AppInteractionOptions {
	/** Checks first that the map counts that many participant records with no filter. */
	expectRows?: number;
	/** ms between a button scrolled on screen and its click (default PERSON_PAUSE_MS). */
	pauseMs?: number;
}

/**
 * Opens `url` in a fresh context and times `steps` clicks. With `expectRows`, first checks that the map
 * counts that many participant records with no filter (that the page uses the dataset the bench swapped in).
 */
export async function appInteractionRun(
	browser: Browser,
	url: string,
	steps: number,
	{ expectRows, pauseMs = PERSON_PAUSE_MS }: AppInteractionOptions = {}
): Promise<AppInteractionRun> {
	const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
	const page = await context.newPage();
	await page.addInitScript({
		content: `window.__longTasks = []; new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__longTasks.push([e.startTime, e.duration]); }).observe({ type: 'longtask', buffered: true });`
	});
	await page.addInitScript({ content: UNTIL_NEXT_FRAME });
	await page.addInitScript({ content: FAST_LINK });
	try {
		await page.goto(url);
		// A reader scrolls down the page: panels are hydrated as they near the screen (until-needed.ts).
		await scrollThrough(page);
		await page.waitForSelector('figure[data-chart="participation-map"][data-live="true"]', { timeout: 120_000 });
		await page.waitForFunction(() => document.documentElement.dataset.engine === 'ready', null, { timeout: 120_000 });
		if (expectRows != null) {
			const shown = await page.locator('figure[data-chart="participation-map"] [data-total] strong').textContent();
			if (Number(shown?.replace(/\D/g, '')) !== expectRows)
				throw new Error(`/participation counts ${shown} participant records, not the ${expectRows} the bench served`);
		}
		// The offline copy installs once the engine is ready (a one-off download of the app and data on the
		// first visit): time the clicks after it, as on every later visit.
		await page.evaluate(async () => {
			if ('serviceWorker' in navigator) await navigator.serviceWorker.ready;
		});
		await page.waitForTimeout(500); // let the page settle after its own start-up work
		const from = await page.evaluate(() => performance.now());
		const clicks: number[] = [];
		for (let i = 0; i < steps; i++) {
			const buttons = page.locator(`${GROUPS[i % GROUPS.length]} button[data-key]`);
			const count = await buttons.count();
			if (count === 0) continue;
			const button = buttons.nth((i * 7 + 3) % count);
			// A person sees what they click: bring it on screen first (charts off screen skip rendering).
			await button.evaluate((el) => el.scrollIntoView({ block: 'center' }));
			await page.waitForTimeout(pauseMs);
			clicks.push(
				await button.evaluate((el) =>
					(window as unknown as Measured).__untilNextFrame(() => (el as HTMLElement).click())
				)
			);
		}
		await page.waitForTimeout(100);
		const longTasks = await page.evaluate(() => (window as unknown as { __longTasks: [number, number][] }).__longTasks);
		const maxLongTask = Math.max(0, ...longTasks.filter(([start]) => start >= from).map(([, d]) => d));
		const frameFloor: number[] = [];
		for (let i = 0; i < clicks.length; i++) {
			await page.waitForTimeout(50);
			frameFloor.push(
				await page.evaluate(
					(i) =>
						(window as unknown as Measured).__untilNextFrame(() => {
							document.documentElement.dataset.benchTick = String(i);
						}),
					i
				)
			);
		}
		return { clicks, maxLongTask, frameFloor };
	} finally {
		await context.close();
	}
}

/** Scrolls from the top of the page to its end a screen at a time, a frame apart, and back to the top. */
async function scrollThrough(page: Page) {
	// A string, not a function: tsx names inner functions with a helper (__name) the page does not have.
	await page.evaluate(`(async () => {
		for (let y = 0; y < document.documentElement.scrollHeight; y += innerHeight / 2) {
			scrollTo(0, y);
			await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
		}
		scrollTo(0, 0);
	})()`);
}

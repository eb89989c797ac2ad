import { test, expect, engineReady, expectLive } from './fixtures';
import { readSourceCsv } from './source-figures';

// The engine loads the row-level dataset and builds the cube: slow on a busy machine.
test.describe.configure({ timeout: 120_000 });

/** Independent count of synthetic participants from participants.csv. */
async function participants(where: string): Promise<number> {
	const [r] = await readSourceCsv<{ n: string }>(
		'participants.csv',
		`SELECT CAST(count(*) AS VARCHAR) AS n FROM src WHERE ${where}`
	);
	return Number(r.n);
}

const map = (page: import('@playwright/test').Page) => page.locator('figure[data-chart="participation-map"]');
const total = (page: import('@playwright/test').Page) => map(page).locator('[data-total] strong');

/**
 * The `i`-th click of a sequence over `group` in `figure`: one of its buttons not pressed yet, spread over
 * the row, and found again by its key (once pressed it leaves the unpressed ones).
 */
async function unpressedButton(figure: import('@playwright/test').Locator, group: string, i: number) {
	const buttons = figure.getByRole('group', { name: group }).locator('button[data-key][aria-pressed="false"]');
	const key = (await buttons.nth((i * 7 + 3) % (await buttons.count())).getAttribute('data-key'))!;
	return { key, button: figure.locator(`button[data-key="${key}"]`) };
}

/**
 * Per segment of a composition chart: its year, its category and the strength it is drawn at, its own
 * opacity under its year's veil (a rect of the chart's background colour over the year's bar), and its host
 * mark's strength when it has one. Fails the test
 * when a veil does not cover its year's every segment or is not the background's colour.
 */
async function segmentStrengths(figure: import('@playwright/test').Locator) {
	return figure.evaluate((f) => {
		const background = getComputedStyle(f).backgroundColor;
		const veils = new Map(
			[...f.querySelectorAll<SVGRectElement>('.veils rect')].map((r) => [r.dataset.year, r] as const)
		);
		return [...f.querySelectorAll<SVGGElement>('g.segment')].map((g) => {
			const year = g.dataset.year!;
			const veil = veils.get(year);
			const bar = g.querySelector('rect')!.getBBox();
			const cover = veil?.getBBox();
			const covers =
				!!cover &&
				cover.x <= bar.x &&
				cover.y <= bar.y &&
				cover.x + cover.width >= bar.x + bar.width &&
				cover.y + cover.height >= bar.y + bar.height &&
				getComputedStyle(veil!).fill === background;
			if (!covers) throw new Error(`the veil of ${year} does not cover its ${g.dataset.category} segment`);
			const veiled = Number(getComputedStyle(veil!).fillOpacity);
			const own = Number(getComputedStyle(g).opacity);
			// The host's "H" beside a marked bar is out of the veil's reach: it fades on its own.
			const mark = g.querySelector('text');
			return {
				year,
				category: g.dataset.category!,
				strength: own * (1 - veiled),
				mark: mark ? own * Number(getComputedStyle(mark).fillOpacity) : null
			};
		});
	});
}

test('the linked selection needs no engine: no WASM, no DuckDB worker, no participant rows', async ({ page }) => {
	// Everything the engine would load is refused: the map must answer from the build's cube file alone.
	const refused: string[] = [];
	await page.route(/\.wasm$|duckdb-browser-[\w-]+\.worker|\/workers\/|\/datasets\//, (route) => {
		refused.push(new URL(route.request().url()).pathname);
		return route.abort();
	});
	const cubeFiles: string[] = [];
	page.on('requestfinished', (req) => {
		if (/\/linked-cube\.\w+\.bin\.gz$/.test(req.url())) cubeFiles.push(req.url());
	});
	await page.goto('participation');
	await expectLive(map(page));
	const filter = (group: string, name: string) =>
		map(page)
			.getByRole('group', { name: group })
			.getByRole('button', { name: new RegExp(`^${name} `) });
	await filter('Filter region', 'African').click();
	await expect(total(page)).toHaveText((await participants("un_regional_group = 'African'")).toLocaleString('en-US'));
	// A facet's buttons count what the other facets' filters leave.
	await expect(filter('Filter stakeholder group', 'government').locator('.shown')).toHaveText(
		`(${(await participants("un_regional_group = 'African' AND stakeholder_group = 'government'")).toLocaleString('en-US')})`
	);
	await filter('Filter gender', 'female').click();
	await filter('Filter mode', 'online').click();
	await expect(total(page)).toHaveText(
		(await participants("un_regional_group = 'African' AND gender = 'female' AND mode = 'online'")).toLocaleString(
			'en-US'
		)
	);
	await expect(page).toHaveURL(/region=African.*gender=female.*mode=online/);
	await expect(map(page).locator('.error')).toHaveCount(0);
	expect(cubeFiles).toHaveLength(1);
	// Whatever was refused was asked for by the rest of the page, not needed by the map.
	for (const path of refused) expect(path).not.toMatch(/participants/);
});

test('selecting a year on the participants chart highlights it elsewhere, filters the map and goes into the URL', async ({
	page,
	watch
}) => {
	await page.goto('participation');
	await engineReady(page);
	await expectLive(map(page), { timeout: 60_000 });
	await expect(total(page)).toHaveText((await participants('TRUE')).toLocaleString('en-US'));
	// The first selection must not move the page under the reader's pointer (the selection bar keeps its height).
	const charts = page.locator('figure[data-chart]');
	const tops = () => charts.evaluateAll((figures) => figures.map((f) => f.getBoundingClientRect().top + scrollY));
	const before = await tops();
	await page
		.locator('figure[data-chart="participants-per-year"]')
		.getByRole('group', { name: 'Select years' })
		.getByRole('button', { name: '2022' })
		.click();
	await expect(page).toHaveURL(/[?&]year=2022/);
	await expect(total(page)).toHaveText((await participants("year = '2022'")).toLocaleString('en-US'));
	expect(await tops()).toEqual(before);
	// What is seen: the selected year at full strength, the others dimmed.
	const stakeholder = page.locator('figure[data-chart="stakeholder-composition"]');
	const strengths = async (year: string) =>
		new Set((await segmentStrengths(stakeholder)).filter((s) => s.year === year).map((s) => s.strength));
	await expect.poll(() => strengths('2025')).toEqual(new Set([0.25]));
	expect(await strengths('2022')).toEqual(new Set([1]));
	await expect(page.locator('[data-selection]')).toContainText('year 2022');
	expect(watch.foreignRequests).toEqual([]);
});

test('the keyboard selects a region on the regional chart; the map and URL follow', async ({ page }) => {
	await page.goto('participation');
	await engineReady(page);
	await expectLive(map(page), { timeout: 60_000 });
	const button = page
		.locator('figure[data-chart="regional-composition"]')
		.getByRole('group', { name: 'Select regions' })
		.getByRole('button', { name: 'African' });
	await button.focus();
	await page.keyboard.press('Enter');
	await expect(button).toHaveAttribute('aria-pressed', 'true');
	await expect(page).toHaveURL(/[?&]region=African/);
	await expect(total(page)).toHaveText((await participants("un_regional_group = 'African'")).toLocaleString('en-US'));
	// The same selection is shown as pressed in the map's own region filter.
	await expect(
		map(page)
			.getByRole('group', { name: 'Filter region' })
			.getByRole('button', { name: /^African/ })
	).toHaveAttribute('aria-pressed', 'true');
	await page.keyboard.press('Space');
	await expect(button).toHaveAttribute('aria-pressed', 'false');
	await expect(page).not.toHaveURL(/region=/);
});

test("the map's filter buttons never move or disappear when a selection changes their counts", async ({ page }) => {
	// Narrow enough for the rows to wrap: a count that changes width would rewrap them under the pointer.
	await page.setViewportSize({ width: 800, height: 900 });
	await page.goto('participation');
	await engineReady(page);
	await expectLive(map(page), { timeout: 60_000 });
	/** Every button of the map's controls (a hidden "Clear" included), placed relative to the figure. */
	const layout = () =>
		map(page).evaluate((figure) => {
			const f = figure.getBoundingClientRect();
			const boxes = [...figure.querySelectorAll('[role=group] button')].map((b) => {
				const r = b.getBoundingClientRect();
				return [b.textContent?.trim().split(/\s/)[0], r.x - f.x, r.y - f.y, r.width, r.height].join(' ');
			});
			return { boxes, mapTop: figure.querySelector('svg')!.getBoundingClientRect().y - f.y };
		});
	const before = await layout();
	const counts = () => map(page).locator('[role=group] button .shown').allTextContents();
	const countsBefore = await counts();
	const groups = ['Filter region', 'Filter stakeholder group', 'Filter gender', 'Filter mode'];
	for (let i = 0; i < 8; i++) {
		const { key, button } = await unpressedButton(map(page), groups[i % groups.length], i);
		await button.click();
		// The counts change in the same update as the pressed state.
		await expect(button).toHaveAttribute('aria-pressed', 'true');
		expect(await layout(), `after click ${i + 1}`).toEqual(before);
		// What a screen reader hears: the value and the one count shown, not the room kept for others.
		await expect(button).toHaveAccessibleName(new RegExp(`^${key} \\(([\\d,]+|<\\d+|withheld)\\)$`));
	}
	expect(await counts()).not.toEqual(countsBefore);
});

for (const width of [1280, 390]) {
	test(`at ${width} px, a longer selection never pushes the page down under the reader's pointer`, async ({ page }) => {
		await page.setViewportSize({ width, height: 800 });
		await page.goto('participation');
		await engineReady(page);
		await expectLive(map(page), { timeout: 60_000 });
		const bar = page.locator('section[aria-label="Linked selection"]');
		const barHeight = await bar.evaluate((b) => b.getBoundingClientRect().height);
		const groups: [string, string][] = [
			['participants-per-year', 'Select years'],
			['participation-map', 'Filter region'],
			['participation-map', 'Filter stakeholder group'],
			['participation-map', 'Filter gender'],
			['participation-map', 'Filter mode']
		];
		const pageTop = (button: import('@playwright/test').Locator) =>
			button.evaluate((b) => Math.round(b.getBoundingClientRect().top + scrollY));
		for (let i = 0; i < 10; i++) {
			const [chart, group] = groups[i % groups.length];
			const { key, button } = await unpressedButton(page.locator(`figure[data-chart="${chart}"]`), group, i);
			await button.scrollIntoViewIfNeeded();
			await page.waitForTimeout(200); // charts brought near the screen render and take their height
			const before = await pageTop(button);
			await button.click();
			await expect(button).toHaveAttribute('aria-pressed', 'true');
			expect(await pageTop(button), `${group} ${key}`).toBe(before);
			expect(await bar.evaluate((b) => b.getBoundingClientRect().height), `bar after ${group} ${key}`).toBe(barHeight);
		}
		// The whole selection is still there to read: in the sentence's text (what a screen reader gets) and its title.
		const sentence = page.locator('[data-selection] .sentence');
		const text = (await sentence.textContent()) ?? '';
		expect(text).toMatch(/year \d{4}, \d{4}; .*stakeholder group .+, .+; gender .+; mode .+\./);
		await expect(sentence).toHaveAttribute('title', text);
		const cut = await sentence.evaluate((s) => s.scrollHeight > s.clientHeight);
		expect(cut, 'a long selection is cut, not wrapped onto more lines').toBe(true);
		// On a wide screen the bar stays in sight while scrolling; on a phone it scrolls away with the page.
		await page.evaluate(() => scrollTo(0, 3000));
		const barTop = () => bar.evaluate((b) => Math.round(b.getBoundingClientRect().top));
		if (width > 640) await expect.poll(barTop).toBe(0);
		else await expect.poll(barTop).toBeLessThan(0);
	});
}

test("a reader's choice to open or close a chart's sources stands when the filters change", async ({ page }) => {
	await page.goto('participation');
	await engineReady(page);
	await expectLive(map(page), { timeout: 60_000 });
	const sources = page.locator('figure[data-chart] details.sources');
	const before = await sources.evaluateAll((all) => all.map((d) => (d as HTMLDetailsElement).open));
	// The reader flips every list (a click on its summary), then changes the filters twice.
	for (const summary of await page.locator('figure[data-chart] details.sources > summary').all()) await summary.click();
	const flipped = before.map((open) => !open);
	await page
		.locator('figure[data-chart="participants-per-year"]')
		.getByRole('group', { name: 'Select years' })
		.getByRole('button', { name: '2022' })
		.click();
	await map(page).getByRole('group', { name: 'Filter region' }).getByRole('button').first().click();
	await expect(page).toHaveURL(/[?&]region=/);
	await expect(total(page)).not.toHaveText((await participants('TRUE')).toLocaleString('en-US'));
	expect(await sources.evaluateAll((all) => all.map((d) => (d as HTMLDetailsElement).open))).toEqual(flipped);
});

test('clicking a bar of a chart selects its year', async ({ page }) => {
	await page.goto('participation');
	await engineReady(page);
	// Hydrated once the reader reaches it: a click on the prerendered bars before that has nothing to answer it.
	const gender = page.locator('figure[data-chart="gender-balance"]');
	await expectLive(gender);
	await gender.locator('g.segment[data-year="2018"]').first().click();
	await expect(page).toHaveURL(/[?&]year=2018/);
	await expect(
		page.locator('figure[data-chart="participants-per-year"]').getByRole('button', { name: '2018', exact: true })
	).toHaveAttribute('aria-pressed', 'true');
});

test('on the participants chart, the bars of the years not selected are dimmed', async ({ page }) => {
	await page.goto('participation');
	await engineReady(page);
	const chart = page.locator('figure[data-chart="participants-per-year"]');
	/** Per bar: its year and its opacity as drawn. */
	const bars = () =>
		chart
			.locator('svg[role=img] g[data-year]')
			.evaluateAll((gs) =>
				gs.map((g) => ({ year: (g as SVGGElement).dataset.year, opacity: getComputedStyle(g).opacity }))
			);
	expect((await bars()).filter((b) => b.opacity !== '1')).toEqual([]);
	const select = chart.getByRole('group', { name: 'Select years' });
	await select.getByRole('button', { name: '2022', exact: true }).click();
	await select.getByRole('button', { name: '2014', exact: true }).click();
	await expect(select.getByRole('button', { pressed: true })).toHaveCount(2);
	const drawn = await bars();
	const shown = (year?: string) => ['2022', '2014'].includes(year!);
	expect(new Set(drawn.filter((b) => shown(b.year)).map((b) => b.year))).toEqual(new Set(['2022', '2014']));
	expect(drawn.filter((b) => b.opacity !== (shown(b.year) ? '1' : '0.3'))).toEqual([]);
	await page.locator('[data-selection]').getByRole('button', { name: 'Clear selection' }).click();
	await expect.poll(async () => (await bars()).filter((b) => b.opacity !== '1')).toEqual([]);
});

test('a shared address restores the selection and the filtered counts', async ({ page }) => {
	await page.goto('participation?year=2022&stakeholder=government&gender=female');
	await engineReady(page);
	await expect(total(page)).toHaveText(
		(await participants("year = '2022' AND stakeholder_group = 'government' AND gender = 'female'")).toLocaleString(
			'en-US'
		)
	);
	const stakeholder = page.locator('figure[data-chart="stakeholder-composition"]');
	await expect(stakeholder.getByRole('button', { name: 'government', exact: true })).toHaveAttribute(
		'aria-pressed',
		'true'
	);
	// Dimmed when out of the year or the stakeholder selection, once (not fainter when out of both).
	await expect.poll(async () => (await segmentStrengths(stakeholder)).some((s) => s.strength === 0.25)).toBe(true);
	const seen = await segmentStrengths(stakeholder);
	expect(seen.length).toBeGreaterThan(20);
	for (const { year, category, strength } of seen) {
		// The unharmonised and unpublished remainders are not a category one can select: only the year dims them.
		const residual = category === 'not harmonised' || category === 'not published';
		const shown = year === '2022' && (category === 'government' || residual);
		expect(strength, `${year} ${category}`).toBe(shown ? 1 : 0.25);
	}
	// No region is selected: on the regional chart only the year dims, the host's "H" with its bar.
	const regional = await segmentStrengths(page.locator('figure[data-chart="regional-composition"]'));
	expect(regional.filter((s) => s.mark != null).length).toBeGreaterThan(1);
	for (const { year, category, strength, mark } of regional) {
		expect(strength, `${year} ${category}`).toBe(year === '2022' ? 1 : 0.25);
		if (mark != null) expect(mark, `${year} ${category} host mark`).toBe(strength);
	}
});

test('the map renders countries, is keyboard reachable and suppresses small cells', async ({ page }) => {
	await page.goto('participation?year=2022&gender=female');
	await engineReady(page);
	const figure = map(page);
	await expect(figure.locator('[data-synthetic]')).toHaveText('Synthetic data');
	expect(await figure.locator('path[data-iso3]').count()).toBeGreaterThan(150);
	await expect(figure).toContainText('Counts below 5 are suppressed');
	const counts = await readSourceCsv<{ iso3: string; n: string }>(
		'participants.csv',
		"SELECT country_iso3 AS iso3, CAST(count(*) AS VARCHAR) AS n FROM src WHERE year = '2022' AND gender = 'female' GROUP BY 1"
	);
	const small = counts.filter((c) => Number(c.n) < 5);
	const large = counts.filter((c) => Number(c.n) >= 5);
	expect(small.length).toBeGreaterThan(0);
	// Small countries are missing from the 1:110m map, so compare sets rather than counts.
	await expect(figure.locator('path[data-state="suppressed"]').first()).toBeAttached();
	const drawn = async (state: string) =>
		figure.locator(`path[data-state="${state}"]`).evaluateAll((paths) => paths.map((p) => p.getAttribute('data-iso3')));
	const smallSet = new Set(small.map((c) => c.iso3));
	const largeSet = new Set(large.map((c) => c.iso3));
	const shown = await drawn('value');
	expect(shown.every((iso) => largeSet.has(iso!))).toBe(true);
	expect(shown.length).toBeGreaterThan(0);
	// Every small country is hidden; a large one is hidden only as a complement, never above a shown one.
	const hidden = new Set(await drawn('suppressed'));
	const drawnSmall = (await drawn('none').then((none) => [...hidden, ...shown, ...none])).filter((iso) =>
		smallSet.has(iso!)
	);
	expect(drawnSmall.every((iso) => hidden.has(iso))).toBe(true);
	// The suppressed countries, and only they, are hatched (one hatched path drawn over their plain fill).
	const outlines = async (state: string) =>
		figure.locator(`path[data-state="${state}"]`).evaluateAll((paths) => paths.map((p) => p.getAttribute('d')!));
	const hatched = (await figure.locator('path.hatched').getAttribute('d')) ?? '';
	expect(hatched.length).toBeGreaterThan(0);
	expect(hatched).toBe((await outlines('suppressed')).join(''));
	const countOf = new Map(counts.map((c) => [c.iso3, Number(c.n)]));
	const withheld = [...hidden].filter((iso) => largeSet.has(iso!));
	const smallestShown = Math.min(...shown.map((iso) => countOf.get(iso!)!));
	for (const iso of withheld) expect(countOf.get(iso!)!, iso!).toBeLessThanOrEqual(smallestShown);
	// Each shown country's colour is its count's class: seven classes of equal width on a log scale from the
	// suppression threshold (5) to the largest count (never suppressed), coloured as the legend's seven
	// swatches, lightest first. The class bounds are computed as d3's scaleQuantize does.
	const [low, high] = [Math.log(5), Math.log(Math.max(...counts.map((c) => Number(c.n))))];
	const bounds = [0, 1, 2, 3, 4, 5].map((i) => ((i + 1) * high - (i - 6) * low) / 7);
	const swatches = await figure
		.locator('g.ramp rect')
		.evaluateAll((rects) => rects.slice(0, 7).map((r) => r.getAttribute('fill')));
	expect(new Set(swatches).size).toBe(7);
	const fills = await figure
		.locator('path[data-state="value"]')
		.evaluateAll((paths) => paths.map((p) => [p.getAttribute('data-iso3')!, p.getAttribute('fill')!]));
	for (const [iso, fill] of fills)
		expect(fill, `${iso} (${countOf.get(iso)})`).toBe(
			swatches[bounds.filter((b) => b <= Math.log(countOf.get(iso)!)).length]
		);
	expect(new Set(fills.map(([, fill]) => fill)).size, 'the counts span several classes').toBeGreaterThan(2);
	// The tooltip of a country under the pointer gives its name and its count.
	await figure.locator('svg').scrollIntoViewIfNeeded();
	// A chart scrolled into view is rendered in the next frame (content-visibility: auto), then hit-testable.
	await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
	const hoverable = await figure.locator('path[data-state="value"]').evaluateAll((paths) =>
		paths
			.filter((p) => {
				const r = p.getBoundingClientRect();
				return document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2) === p;
			})
			.map((p) => p.getAttribute('data-iso3')!)
	);
	expect(hoverable.length).toBeGreaterThan(0);
	const iso = hoverable[0];
	await figure.locator(`path[data-iso3="${iso}"]`).hover();
	await expect(figure.locator('g.countries > title')).toHaveText(
		new RegExp(`\\(${iso}\\): ${countOf.get(iso)!.toLocaleString('en-US')} synthetic participants$`)
	);
	await figure.getByRole('button', { name: 'Table', exact: true }).click();
	const table = figure.getByRole('table');
	for (const c of [...small.slice(0, 5), ...large.slice(0, 5)]) {
		// The country column reads "Name (ISO3)".
		const row = table
			.getByRole('row')
			.filter({ has: page.getByRole('cell', { name: new RegExp(`\\(${c.iso3}\\)$`) }) });
		const cell = row.locator('td[data-column="n"]');
		if (Number(c.n) < 5) await expect(cell).toHaveText('<5');
		else if ((await cell.innerText()) === 'withheld') expect(Number(c.n), c.iso3).toBeLessThanOrEqual(smallestShown);
		else await expect(cell).toHaveText(Number(c.n).toLocaleString('en-US'));
	}
	// Keyboard: Tab from the first grouping button reaches the next, Space switches to regional groups.
	const grouping = figure.getByRole('group', { name: 'Group the map by' });
	await grouping.getByRole('button', { name: 'Country' }).focus();
	await page.keyboard.press('Tab');
	await expect(grouping.getByRole('button', { name: 'UN regional group' })).toBeFocused();
	await page.keyboard.press('Space');
	await expect(grouping.getByRole('button', { name: 'UN regional group' })).toHaveAttribute('aria-pressed', 'true');
	await expect(table.locator('th').first()).toHaveText('UN regional group');
});

test('the address follows a burst of clicks once, when the reader pauses, not once per click', async ({ page }) => {
	// Counts the page's history replaces (SvelteKit's replaceState ends in history.replaceState).
	await page.addInitScript(() => {
		const w = window as unknown as { __replaces: string[] };
		w.__replaces = [];
		const replace = history.replaceState.bind(history);
		history.replaceState = (data, unused, url) => {
			w.__replaces.push(String(url));
			replace(data, unused, url);
		};
	});
	await page.goto('participation');
	await engineReady(page);
	await expectLive(map(page), { timeout: 60_000 });
	const replaces = () => page.evaluate(() => (window as unknown as { __replaces: string[] }).__replaces.length);
	const before = await replaces();
	const years = page.locator('figure[data-chart="participants-per-year"]').getByRole('group', { name: 'Select years' });
	// Three clicks 60 ms apart, each in a task of its own (each one repaints the charts), all within the
	// pause the address waits for.
	await years.evaluate(async (group) => {
		for (const year of ['2019', '2021', '2022']) {
			group.querySelector<HTMLButtonElement>(`button[data-key="${year}"]`)!.click();
			await new Promise((resolve) => setTimeout(resolve, 60));
		}
	});
	await expect(page).toHaveURL(/[?&]year=2019&year=2021&year=2022(&|$)/);
	await page.waitForTimeout(1000);
	expect((await replaces()) - before).toBe(1);
	await expect(total(page)).toHaveText(
		(await participants("year IN ('2019', '2021', '2022')")).toLocaleString('en-US')
	);
});

/**
 * Records, per MutationObserver delivery (one per task), the year buttons' aria-pressed changes as
 * "key:value before the change"; the address after each history replace (SvelteKit makes one of its own
 * on start); and every click dispatched on the page.
 */
async function recordRehearsals(page: import('@playwright/test').Page) {
	await page.addInitScript(() => {
		const w = window as unknown as { __pressBatches: string[][]; __addresses: string[]; __clicks: string[] };
		w.__pressBatches = [];
		w.__clicks = []; // every click dispatched on the page: its target, and whether a person made it
		document.addEventListener('click', (e) => w.__clicks.push(`${(e.target as Element).tagName}:${e.isTrusted}`), true);
		w.__addresses = []; // the address after each history replace (SvelteKit makes one of its own on start)
		const replace = history.replaceState.bind(history);
		history.replaceState = (data, unused, url) => {
			replace(data, unused, url);
			w.__addresses.push(location.href);
		};
		new MutationObserver((records) => {
			const batch = records
				.filter((r) => (r.target as Element).closest?.('[aria-label="Select years"]'))
				.map((r) => `${(r.target as Element).getAttribute('data-key')}:${r.oldValue}`);
			if (batch.length) w.__pressBatches.push(batch);
		}).observe(document, {
			subtree: true,
			attributes: true,
			attributeFilter: ['aria-pressed'],
			attributeOldValue: true
		});
	});
}

const pressBatches = (page: import('@playwright/test').Page) =>
	page.evaluate(() => (window as unknown as { __pressBatches: string[][] }).__pressBatches);

test('once the charts are live, a selection is rehearsed three times, each in one task, and leaves nothing behind', async ({
	page
}) => {
	await recordRehearsals(page);
	await page.goto('participation?mode=online');
	await expectLive(map(page), { timeout: 60_000 });
	const batches = () => pressBatches(page);
	await expect.poll(async () => (await batches()).length, { timeout: 10_000 }).toBe(3);
	await page.waitForTimeout(1500); // past another idle-callback timeout: no fourth round
	const rounds = await batches();
	expect(rounds).toHaveLength(3);
	for (const batch of rounds) {
		// Pressed and released within one task (one delivery): no frame was painted in between.
		const pressed = batch.filter((b) => b.endsWith(':false')).map((b) => b.split(':')[0]);
		const released = batch.filter((b) => b.endsWith(':true')).map((b) => b.split(':')[0]);
		expect(pressed.length).toBeGreaterThan(0);
		expect(released).toEqual(pressed);
	}
	// The first year button of each chart's row ends as it began, and so does everything the reader sees.
	const years = page.getByRole('group', { name: 'Select years' }).first().getByRole('button', { pressed: true });
	await expect(years).toHaveCount(0);
	await expect(page.locator('[data-selection] > span:not(.off)')).toHaveText(/^Selected: mode online\./);
	await expect(total(page)).toHaveText((await participants("mode = 'online'")).toLocaleString('en-US'));
	await page.waitForTimeout(600); // longer than the address waits for the filters to settle
	expect(page.url()).toMatch(/\/participation\?mode=online$/);
	const addresses = await page.evaluate(() => (window as unknown as { __addresses: string[] }).__addresses);
	for (const address of addresses) expect(address).toMatch(/\/participation\?mode=online$/);
	// Its one click, which warms the click's dispatch, went to the page's body: no control received it.
	expect(await page.evaluate(() => (window as unknown as { __clicks: string[] }).__clicks)).toEqual(['BODY:false']);
});

test('the rehearsal leaves a reader who has a control focused alone', async ({ page }) => {
	await recordRehearsals(page);
	// Focused before the map's index is built: its cube file is held until then.
	let focused = () => {};
	const held = new Promise<void>((resolve) => (focused = resolve));
	await page.route(/\/linked-cube\.\w+\.bin\.gz$/, async (route) => {
		await held;
		await route.continue();
	});
	await page.goto('participation');
	const year = page
		.locator('figure[data-chart="participants-per-year"]')
		.getByRole('group', { name: 'Select years' })
		.getByRole('button', { name: '2022' });
	await year.focus();
	focused();
	await expectLive(map(page), { timeout: 60_000 });
	await page.waitForTimeout(1500); // past the rehearsal's idle-callback timeout
	expect(await pressBatches(page)).toEqual([]);
	await expect(year).toBeFocused();
});

test.describe('on a phone', () => {
	test.use({ isMobile: true, hasTouch: true, viewport: { width: 412, height: 823 } });
	test('no selection is rehearsed: its idle tasks would be long ones a tap waits behind', async ({ page }) => {
		await recordRehearsals(page);
		await page.goto('participation');
		await expectLive(map(page), { timeout: 60_000 });
		await page.waitForTimeout(1500); // past the rehearsal's idle-callback timeout
		expect(await pressBatches(page)).toEqual([]);
	});
});

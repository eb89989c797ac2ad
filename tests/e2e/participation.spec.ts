import { test, expect, engineReady, expectLive } from './fixtures';
import { readSourceCsv } from './source-figures';

// Several datasets load in the browser engine before the tables go live: slow on a busy machine.
test.describe.configure({ timeout: 120_000 });

type MeetingFigures = Record<string, string | null> & { year: string };
const MEASURES = ['onsite', 'online', 'total', 'registrations'] as const;

function published(value: string | null, qualifier: string | null, relayedBy?: string | null): string {
	if (value == null || value === '') return 'not published';
	const n = Number(value).toLocaleString('en-US');
	return qualifier === 'lower bound'
		? `more than ${n}`
		: qualifier === 'approximate'
			? `about ${n}`
			: qualifier === 'secondary'
				? `${n} (secondary: as relayed by ${relayedBy})`
				: n;
}

test('the participants chart is in the prerendered HTML, before any script runs', async ({ request }) => {
	const html = await (await request.get('participation')).text();
	expect(html).toContain('data-chart="participants-per-year"');
	expect(html).toContain('data-recommendation="IV.2"');
	expect(html).toMatch(/<svg[^>]*role="img"[^>]*aria-label="Participants per annual IGF, 2006–2025/);
	expect((html.match(/class="bar"/g) ?? []).length).toBeGreaterThan(20);
});

test('the participants table shows the published figures of 2012, 2021, 2022 and 2025', async ({ page, watch }) => {
	const meetings = await readSourceCsv<MeetingFigures>('meetings.csv');
	await page.goto('participation');
	await engineReady(page);
	const figure = page.locator('figure[data-chart="participants-per-year"]');
	await expectLive(figure);
	await figure.getByRole('button', { name: 'Table' }).click();
	const table = figure.getByRole('table');
	await expect(table).toBeVisible();
	for (const year of ['2012', '2021', '2022', '2025']) {
		const source = meetings.find((m) => m.year === year)!;
		const row = table.getByRole('row').filter({ has: page.getByRole('cell', { name: year, exact: true }) });
		for (const measure of MEASURES) {
			const expected = published(source[measure], source[`${measure}_qualifier`], source[`${measure}_relayed_by`]);
			await expect(row.locator(`td[data-column="${measure}"]`)).toHaveText(expected);
		}
	}
	expect(watch.foreignRequests).toEqual([]);
});

test('years without a published figure are gaps, not zeros', async ({ page, watch }) => {
	const meetings = await readSourceCsv<MeetingFigures>('meetings.csv');
	const empty = meetings.filter((m) => !m.onsite && !m.online && !m.total).map((m) => m.year);
	expect(empty.length).toBeGreaterThan(0);
	await page.goto('participation');
	const figure = page.locator('figure[data-chart="participants-per-year"]');
	for (const year of empty) await expect(figure.locator(`[data-gap-year="${year}"]`)).toHaveText('n/a');
	const bars = await figure
		.locator('g.bar rect')
		.evaluateAll((rects) => rects.map((r) => Number(r.getAttribute('height'))));
	expect(bars.every((h) => h > 0)).toBe(true);
	expect(watch.consoleErrors).toEqual([]);
});

test('registrations are their own mark, labelled as registrations, never a bar beside the participants', async ({
	page
}) => {
	const meetings = await readSourceCsv<MeetingFigures>('meetings.csv');
	const registered = meetings.filter((m) => m.registrations);
	expect(registered.map((m) => m.year)).toEqual(expect.arrayContaining(['2021', '2025']));
	await page.goto('participation');
	const figure = page.locator('figure[data-chart="participants-per-year"]');
	await expect(figure.locator('[data-legend="registrations"]')).toContainText('Registrations');
	for (const m of registered) {
		const tick = figure.locator(`g.registration[data-year="${m.year}"]`);
		await expect(tick).toHaveCount(1);
		await expect(tick).toHaveAttribute('data-qualifier', m.registrations_qualifier!);
		await expect(tick.locator('title')).toContainText(
			`registrations: ${published(m.registrations, m.registrations_qualifier, m.registrations_relayed_by)}`
		);
	}
	// 2021's 10,300 is a registration count: no total bar for that year, and the bars never include registrations.
	await expect(figure.locator('g[data-year="2021"] g.bar title', { hasText: 'total' })).toHaveCount(0);
	await expect(figure.locator('g.bar title', { hasText: 'registrations' })).toHaveCount(0);
	await figure.getByRole('button', { name: 'Table' }).click();
	const header = figure.getByRole('columnheader', { name: 'Registrations (not participants)' });
	await expect(header).toBeVisible();
	for (const year of ['2021', '2025']) {
		const m = meetings.find((r) => r.year === year)!;
		const row = figure.getByRole('row').filter({ has: page.getByRole('cell', { name: year, exact: true }) });
		await expect(row.locator('td[data-column="registrations"]')).toHaveText(
			published(m.registrations, m.registrations_qualifier, m.registrations_relayed_by)
		);
	}
});

test('a secondary figure carries its label in the chart, the legend and the table', async ({ page }) => {
	const meetings = await readSourceCsv<MeetingFigures>('meetings.csv');
	const secondary = meetings.flatMap((m) =>
		(['onsite', 'online', 'total'] as const)
			.filter((k) => m[`${k}_qualifier`] === 'secondary')
			.map((k) => ({ year: m.year, measure: k, value: m[k]!, by: m[`${k}_relayed_by`]! }))
	);
	expect(secondary.length).toBeGreaterThan(0);
	await page.goto('participation');
	await engineReady(page);
	const figure = page.locator('figure[data-chart="participants-per-year"]');
	await expectLive(figure);
	await expect(figure.locator('[data-legend="secondary"]')).toContainText('secondary');
	await expect(figure.locator('g.bar[data-qualifier="secondary"]')).toHaveCount(secondary.length);
	const first = secondary[0];
	const bar = figure.locator(`g[data-year="${first.year}"] g.bar[data-qualifier="secondary"]`).first();
	await expect(bar.locator('title')).toContainText(`as relayed by ${first.by}`);
	// Drawn apart from an exact bar: pale and dotted.
	await expect(bar.locator('rect').first()).toHaveAttribute('stroke-dasharray', '2 2');
	await figure.getByRole('button', { name: 'Table' }).click();
	for (const s of secondary) {
		const row = figure.getByRole('row').filter({ has: page.getByRole('cell', { name: s.year, exact: true }) });
		await expect(row.locator(`td[data-column="${s.measure}"]`)).toHaveText(published(s.value, 'secondary', s.by));
	}
});

test('lower bounds are drawn differently from exact figures', async ({ page }) => {
	const meetings = await readSourceCsv<MeetingFigures>('meetings.csv');
	const lowerBounds = meetings.filter(
		(m) => m.onsite_qualifier === 'lower bound' || m.total_qualifier === 'lower bound'
	);
	await page.goto('participation');
	const figure = page.locator('figure[data-chart="participants-per-year"]');
	const count = await figure.locator('g.bar[data-qualifier="lower bound"]').count();
	expect(count).toBeGreaterThanOrEqual(lowerBounds.length);
	await expect(figure.locator('g.bar[data-qualifier="lower bound"] path').first()).toBeVisible();
});

// ── Composition, indicators, NRIs, diversity (issue 4) ────────────────────────────────────────

interface BreakdownRow {
	year: string;
	dimension: string;
	category: string;
	count_or_share: string;
	unit: string;
}

const CHART_IDS = [
	'participants-per-year',
	'stakeholder-composition',
	'regional-composition',
	'gender-balance',
	'first-time-and-countries',
	'nris-over-time',
	'participation-map',
	'diversity-index'
];

test('every participation chart is prerendered with the id the overview links to', async ({ request }) => {
	const html = await (await request.get('participation')).text();
	for (const id of CHART_IDS) {
		expect(html, id).toMatch(new RegExp(`<figure[^>]*id="${id}"`));
		expect(html, id).toContain(`data-chart="${id}"`);
	}
	expect(html).toContain('Synthetic data');
});

/** Opens a chart's Table view once the engine has answered, and returns the table. */
async function openTable(page: import('@playwright/test').Page, id: string) {
	const figure = page.locator(`figure[data-chart="${id}"]`);
	await engineReady(page);
	await expectLive(figure, { timeout: 45_000 });
	await figure.getByRole('button', { name: 'Table', exact: true }).click();
	const table = figure.getByRole('table');
	await expect(table).toBeVisible();
	return table;
}

/** Table rows whose cells in the named columns hold exactly these texts. */
const rowOf = (table: import('@playwright/test').Locator, year: string, category?: string) => {
	const page = table.page();
	const rows = table
		.getByRole('row')
		.filter({ has: page.locator('td[data-column="year"]').getByText(year, { exact: true }) });
	const column =
		category && /^(countries represented|first-time participants|members of parliament)$/.test(category)
			? 'indicator'
			: 'category';
	return category
		? rows.filter({ has: page.locator(`td[data-column="${column}"]`).getByText(category, { exact: true }) })
		: rows;
};

test('the stakeholder table holds the 2012 counts as published, with their harmonised group', async ({
	page,
	watch
}) => {
	const src = await readSourceCsv<BreakdownRow>(
		'participation_breakdown.csv',
		"SELECT * FROM src WHERE year = '2012' AND dimension = 'stakeholder_group'"
	);
	expect(src.length).toBe(6);
	await page.goto('participation');
	const table = await openTable(page, 'stakeholder-composition');
	for (const r of src) {
		const row = rowOf(table, '2012', r.category);
		await expect(row.locator('td[data-column="value"]')).toHaveText(Number(r.count_or_share).toLocaleString('en-US'));
		await expect(row.locator('td[data-column="unit"]')).toHaveText('count');
	}
	await expect(
		rowOf(table, '2012', 'technical and academia community').locator('td[data-column="canonical_category"]')
	).toHaveText('technical community');
	expect(watch.foreignRequests).toEqual([]);
});

test('the regional table holds the 2022 and 2025 shares as published, and the host region is marked', async ({
	page
}) => {
	const src = await readSourceCsv<BreakdownRow>(
		'participation_breakdown.csv',
		"SELECT * FROM src WHERE year IN ('2022', '2025') AND dimension = 'region'"
	);
	const meetings = await readSourceCsv<{ year: string; host_region: string }>(
		'meetings.csv',
		"SELECT year, host_region FROM src WHERE year IN ('2022', '2025')"
	);
	await page.goto('participation');
	const table = await openTable(page, 'regional-composition');
	for (const r of src)
		await expect(rowOf(table, r.year, r.category).locator('td[data-column="value"]')).toHaveText(
			`${Number(r.count_or_share)}%`
		);
	const figure = page.locator('figure[data-chart="regional-composition"]');
	for (const m of meetings) {
		const marked = figure.locator(`g.segment[data-year="${m.year}"][data-marked]`);
		await expect(marked).toHaveCount(1);
		await expect(marked).toHaveAttribute('data-category', m.host_region);
	}
	await expect(figure.getByRole('img')).toHaveAttribute('aria-label', /Host effect/);
});

test('gender balance draws the parity line and the published shares', async ({ page }) => {
	const src = await readSourceCsv<BreakdownRow>(
		'participation_breakdown.csv',
		"SELECT * FROM src WHERE dimension = 'gender' AND year = '2022'"
	);
	await page.goto('participation');
	const figure = page.locator('figure[data-chart="gender-balance"]');
	await expect(figure.locator('.reference line')).toHaveCount(1);
	await expect(figure.locator('.reference text')).toHaveText('parity (50%)');
	const table = await openTable(page, 'gender-balance');
	for (const r of src)
		await expect(rowOf(table, '2022', r.category).locator('td[data-column="value"]')).toHaveText(
			`${Number(r.count_or_share)}%`
		);
});

test('first-time participants, countries and NRIs are shown as published', async ({ page }) => {
	const first = await readSourceCsv<BreakdownRow>(
		'participation_breakdown.csv',
		"SELECT * FROM src WHERE dimension = 'first_time'"
	);
	const countries = await readSourceCsv<{ year: string; countries: string }>(
		'meetings.csv',
		'SELECT year, countries FROM src WHERE countries IS NOT NULL'
	);
	const nris = await readSourceCsv<{ year: string; as_of: string | null; count: string }>('nris.csv');
	await page.goto('participation');
	const table = await openTable(page, 'first-time-and-countries');
	for (const r of first)
		await expect(rowOf(table, r.year, 'first-time participants').locator('td[data-column="value"]')).toHaveText(
			`${r.count_or_share}%`
		);
	for (const c of countries)
		await expect(rowOf(table, c.year, 'countries represented').locator('td[data-column="value"]')).toContainText(
			Number(c.countries).toLocaleString('en-US')
		);
	const nriTable = await openTable(page, 'nris-over-time');
	await expect(nriTable.locator('tbody tr')).toHaveCount(nris.length);
	for (const n of nris)
		await expect(
			nriTable.locator('td[data-column="count"]').filter({ hasText: Number(n.count).toLocaleString('en-US') })
		).not.toHaveCount(0);
});

test('the diversity index is defined on the page and matches an independent computation for 2022', async ({ page }) => {
	const rows = await readSourceCsv<{ share: string }>(
		'participation_breakdown.csv',
		`SELECT CAST(count_or_share AS DOUBLE) AS share FROM src
		 WHERE year = '2022' AND dimension = 'region' AND category IN ('Africa', 'WEOG', 'Asia-Pacific', 'GRULAC', 'Eastern Europe')`
	);
	const shares = rows.map((r) => Number(r.share));
	const total = shares.reduce((a, b) => a + b, 0);
	const expected = -shares.reduce((h, s) => h + (s / total) * Math.log(s / total), 0) / Math.log(5);
	await page.goto('participation');
	const figure = page.locator('figure[data-chart="diversity-index"]');
	await expect(figure).toContainText('Normalised Shannon entropy');
	const table = await openTable(page, 'diversity-index');
	await expect(rowOf(table, '2022').locator('td[data-column="region"]')).toHaveText(expected.toFixed(2));
});

test('the map says how many years of its records rest on published shares, linking to the list on /data', async ({
	page
}) => {
	const { readFileSync } = await import('node:fs');
	const targets = JSON.parse(readFileSync('data/sources/participants.targets.json', 'utf8')) as {
		years: { region: { status: string } }[];
	};
	const region = targets.years.filter((y) => y.region.status !== 'default').length;
	await page.goto('participation');
	const note = page.locator('figure[data-chart="participation-map"] [data-coverage]');
	await expect(note).toContainText(`region for ${region} of ${targets.years.length} years`);
	await note.getByRole('link', { name: /Data page/ }).click();
	await expect(page).toHaveURL(/\/data#target-coverage$/);
	await expect(page.getByRole('table', { name: /targets of the synthetic participants/ })).toBeVisible();
});

test('the map has no online records for a meeting held in person only, and names countries as the UN does', async ({
	page
}) => {
	const [first] = await readSourceCsv<{ year: string }>(
		'meetings.csv',
		"SELECT year FROM src WHERE format = 'in-person' ORDER BY year"
	);
	const [{ n: onsite }] = await readSourceCsv<{ n: string }>(
		'participants.csv',
		`SELECT CAST(count(*) AS VARCHAR) AS n FROM src WHERE year = '${first.year}' AND mode = 'onsite'`
	);
	await page.goto('participation');
	await engineReady(page);
	const map = page.locator('figure[data-chart="participation-map"]');
	await expectLive(map, { timeout: 60_000 });
	await page
		.locator('figure[data-chart="participants-per-year"]')
		.getByRole('group', { name: 'Select years' })
		.getByRole('button', { name: first.year, exact: true })
		.click();
	await expect(page).toHaveURL(new RegExp(`[?&]year=${first.year}`));
	const mode = map.getByRole('group', { name: 'Filter mode' });
	await expect(mode.locator('button[data-key="online"] .shown')).toHaveText('(0)');
	await expect(mode.locator('button[data-key="onsite"] .shown')).toHaveText(
		`(${Number(onsite).toLocaleString('en-US')})`
	);
	// The tooltip names the 2014 host by its UN short name.
	await map.locator('svg').scrollIntoViewIfNeeded();
	await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
	await map.locator('path[data-iso3="TUR"]').hover();
	await expect(map.locator('g.countries > title')).toHaveText(/^Türkiye \(TUR\): /);
});

test('the map’s table names every country as the UN does, those too small to draw included', async ({ page }) => {
	const names = new Map(
		(await readSourceCsv<{ iso3: string; name: string }>('countries.csv')).map((c) => [c.iso3, c.name])
	);
	await page.goto('participation');
	const map = page.locator('figure[data-chart="participation-map"]');
	await map.scrollIntoViewIfNeeded();
	await map.getByRole('button', { name: 'Table', exact: true }).click();
	const cells = await map.locator('tbody tr td:first-child, tbody tr th:first-child').allInnerTexts();
	expect(cells.length).toBeGreaterThan(0);
	const codes = cells.map((cell) => /\(([A-Z]{3})\)$/.exec(cell.trim())?.[1]);
	expect(codes, 'each row reads "name (ISO3)"').not.toContain(undefined);
	for (const [i, iso3] of codes.entries()) expect(cells[i].trim()).toBe(`${names.get(iso3!)} (${iso3})`);
	// At least one listed country has no outline on the map: its name comes from the table's own list.
	const outlined = new Set(await map.locator('path[data-iso3]').evaluateAll((ps) => ps.map((p) => p.dataset.iso3)));
	expect(codes.some((c) => !outlined.has(c))).toBe(true);
});

import { test, expect, engineReady, expectLive } from './fixtures';
import { readSourceCsv, usd } from './source-figures';

const CHARTS = [
	'contributions-over-time',
	'donors-ranked',
	'funding-concentration',
	'recipients-earmarking',
	'host-support',
	'money-flows',
	'disclosure-coverage'
];

test('every funding chart is in the prerendered HTML with its recommendation and marks', async ({ request }) => {
	const html = await (await request.get('funding')).text();
	for (const id of CHARTS)
		expect(html, id).toMatch(new RegExp(`data-chart="${id}"[^>]*data-recommendation="III\\.[123]`));
	expect((html.match(/class="bar segment/g) ?? []).length).toBeGreaterThan(10);
	expect(html).toMatch(/class="link[ "]/);
	expect(html).toMatch(/class="host[ "]/);
});

test('each chart draws marks from the engine and its Table opens', async ({ page }) => {
	await page.goto('funding');
	await engineReady(page);
	const marks: Record<string, string> = {
		'contributions-over-time': 'g.segment',
		'donors-ranked': 'g.ranked',
		'funding-concentration': 'g.point',
		'recipients-earmarking': 'g.segment',
		'host-support': 'g.host',
		'money-flows': 'g.link',
		'disclosure-coverage': 'g.cell'
	};
	for (const id of CHARTS) {
		const figure = page.locator(`figure[data-chart="${id}"]`);
		await expectLive(figure);
		expect(await figure.locator(marks[id]).count(), id).toBeGreaterThan(2);
		await figure.getByRole('button', { name: 'Table' }).click();
		await expect(figure.getByRole('table').first()).toBeVisible();
	}
});

test('the donor table shows each donor’s received and pledged USD as in contributions.csv', async ({ page }) => {
	const expected = await readSourceCsv<{ donor: string; received: string | null; pledged: string | null }>(
		'contributions.csv',
		`SELECT donor, CAST(SUM(CAST(amount_usd AS DOUBLE)) FILTER (WHERE confidence NOT IN ('pledge','decision')) AS VARCHAR) AS received,
		 CAST(SUM(CAST(amount_usd AS DOUBLE)) FILTER (WHERE confidence IN ('pledge','decision')) AS VARCHAR) AS pledged FROM src GROUP BY donor`
	);
	await page.goto('funding');
	await engineReady(page);
	const figure = page.locator('figure[data-chart="donors-ranked"]');
	await expectLive(figure);
	await figure.getByRole('button', { name: 'Table' }).click();
	const rows = figure.getByRole('table').getByRole('row');
	await expect(rows).toHaveCount(expected.length + 1);
	for (const d of expected) {
		const row = rows.filter({ has: page.getByRole('cell', { name: d.donor, exact: true }) });
		await expect(row.locator('td[data-column="received"]'), d.donor).toHaveText(
			d.received ? usd(Number(d.received)) : 'no USD figure'
		);
		await expect(row.locator('td[data-column="pledged"]'), d.donor).toHaveText(
			d.pledged ? usd(Number(d.pledged)) : 'no USD figure'
		);
	}
});

test('choosing a donor (keyboard) opens its contributions with their sources', async ({ page }) => {
	const germany = await readSourceCsv<{ source_url: string }>(
		'contributions.csv',
		"SELECT source_url FROM src WHERE donor LIKE 'Germany%'"
	);
	await page.goto('funding');
	const bar = page.locator('figure[data-chart="donors-ranked"] g.ranked[data-key^="Germany"]');
	// Named by the text it shows (so it can be asked for by what one reads), described by its figures.
	const shown = (await bar.locator('text').allTextContents()).join(' ');
	await expect(bar).toHaveAccessibleName(shown);
	await expect(bar).toHaveAccessibleDescription(/^Germany.*: received .* Show its contributions\.$/);
	const detail = page.locator('section.donor-detail');
	// A key pressed before the page has hydrated reaches no handler, as for a reader: press until it opens.
	await expect(async () => {
		if ((await bar.getAttribute('aria-pressed')) !== 'true') {
			await bar.focus();
			await page.keyboard.press('Enter');
		}
		await expect(detail).toBeVisible({ timeout: 2000 });
	}).toPass();
	await expect(detail.locator(`a[href="${germany[0].source_url}"]`)).toBeVisible();
});

test('a filter changes the charts and the URL, and the shared URL restores the same view', async ({ page }) => {
	const gov = await readSourceCsv<{ donor: string }>(
		'contributions.csv',
		"SELECT DISTINCT donor FROM src WHERE donor_type = 'government' AND CAST(year AS INT) >= 2012"
	);
	await page.goto('funding');
	await engineReady(page);
	await page.getByRole('checkbox', { name: 'Government', exact: true }).check();
	await page.locator('select[name="from"]').selectOption('2012');
	await expect(page).toHaveURL(/donor=government/);
	await expect(page).toHaveURL(/years=2012\.\./);
	const figure = page.locator('figure[data-chart="donors-ranked"]');
	await expect(figure.locator('g.ranked')).toHaveCount(gov.length);
	const contributions = page.locator('figure[data-chart="contributions-over-time"]');
	await expect(contributions.locator('[data-gap-category="2011"]')).toHaveCount(0);
	await expect(contributions.locator('g.segment:not([data-series="government"])')).toHaveCount(0);

	const meetings = await readSourceCsv<{ year: string }>(
		'meetings.csv',
		'SELECT year FROM src WHERE CAST(year AS INT) >= 2012'
	);
	await expect(page.locator('figure[data-chart="host-support"] g.host')).toHaveCount(meetings.length);
	await expect(page.locator('figure[data-chart="disclosure-coverage"] g.cell[data-item="amounts"]')).toHaveCount(
		meetings.length
	);

	const shared = page.url();
	await page.goto('about:blank');
	await page.goto(shared);
	await engineReady(page);
	await expect(page.getByRole('checkbox', { name: 'Government', exact: true })).toBeChecked();
	await expect(page.locator('select[name="from"]')).toHaveValue('2012');
	await expect(figure.locator('g.ranked')).toHaveCount(gov.length);
	await expect(page.locator('[data-filters]')).toContainText('donor type: Government');
});

test('original-currency basis keeps non-USD amounts out of the plot and says so', async ({ page }) => {
	await page.goto('funding?basis=original&years=2007..2007');
	await engineReady(page);
	await expect(page.getByRole('radio', { name: /Original currency/ })).toBeChecked();
	const figure = page.locator('figure[data-chart="contributions-over-time"]');
	await expectLive(figure);
	await figure.getByRole('button', { name: 'Table' }).click();
	// 2007: CAD (with a poster's USD conversion), USD and GBP rows; only the USD-denominated one is plotted.
	const cells = figure.getByRole('table').locator('td[data-column="unvalued"]');
	await expect(cells).toHaveText(['2']);
});

test('years with nothing published are gaps in the charts and the coverage grid', async ({ page }) => {
	const dated = await readSourceCsv<{ year: string }>(
		'contributions.csv',
		'SELECT DISTINCT year FROM src WHERE year IS NOT NULL'
	);
	const meetings = await readSourceCsv<{ year: string }>('meetings.csv', 'SELECT year FROM src');
	const empty = meetings.map((m) => m.year).filter((y) => !dated.some((d) => d.year === y));
	expect(empty.length).toBeGreaterThan(3);
	await page.goto('funding');
	for (const year of empty) {
		await expect(page.locator(`figure[data-chart="contributions-over-time"] [data-gap-category="${year}"]`)).toHaveText(
			'n/a'
		);
		await expect(
			page.locator(`figure[data-chart="disclosure-coverage"] g.cell[data-item="donor_list"][data-year="${year}"]`)
		).toHaveAttribute('data-published', 'false');
	}
});

test('an embed shows one chart with its title, sources, filters and a link back, without site chrome', async ({
	page
}) => {
	await page.goto('embed/money-flows?years=2015..2016');
	await engineReady(page);
	await expect(page.locator('figure[data-chart]')).toHaveCount(1);
	await expect(page.locator('figure[data-chart="money-flows"] figcaption')).toContainText('Money flows');
	await expect(page.locator('.site-header')).toBeHidden();
	const back = page.getByRole('link', { name: 'IGF Metrics · Funding' });
	await expect(back).toHaveAttribute('href', /funding\?years=2015\.\.2016#money-flows$/);
	await expect(page.locator('figure[data-chart="money-flows"] g.node[data-node="Trust Fund"]')).toHaveCount(1);
});

test('the page prints as a report: filters stated, no navigation or filter controls', async ({ page }) => {
	await page.goto('funding?years=2013..2019');
	await engineReady(page);
	await page.emulateMedia({ media: 'print' });
	await expect(page.locator('[data-filters]')).toBeVisible();
	await expect(page.locator('[data-filters]')).toContainText('years 2013–2019');
	await expect(page.locator('.site-header')).toBeHidden();
	await expect(page.locator('form.filters')).toBeHidden();
});

test('2016’s IGFSA money appears as decided, not received', async ({ page }) => {
	const [row] = await readSourceCsv<{ amount_usd: string; confidence: string }>(
		'contributions.csv',
		"SELECT amount_usd, confidence FROM src WHERE year = '2016' AND donor LIKE 'IGF Support Association%'"
	);
	expect(row.confidence).toBe('decision');
	await page.goto('funding');
	await engineReady(page);
	const figure = page.locator('figure[data-chart="contributions-over-time"]');
	await expectLive(figure);
	const segments = figure.locator('g.segment[data-category="2016"][data-series="association"]');
	await expect(segments).toHaveCount(1);
	await expect(segments).toHaveAttribute('data-status', 'decided');
	await expect(segments.locator('title')).toContainText(
		`decided (approved or reserved; payment not confirmed): ${usd(Number(row.amount_usd))}`
	);
	await figure.getByRole('button', { name: 'Table' }).click();
	const tableRow = figure.getByRole('row').filter({ hasText: /^2016/ }).filter({ hasText: 'IGFSA' });
	await expect(tableRow.locator('td[data-column="status"]')).toHaveText(/^decided/);
	await expect(tableRow.locator('td[data-column="value"]')).toHaveText(usd(Number(row.amount_usd)));
});

test('the 2015 Trust Fund bar shows what IGFSA paid as received and the unspent remainder as decided', async ({
	page
}) => {
	const rows = await readSourceCsv<{ amount_usd: string; confidence: string }>(
		'contributions.csv',
		"SELECT amount_usd, confidence FROM src WHERE year = '2015' AND donor LIKE 'IGF Support Association%' AND recipient ILIKE '%trust fund%'"
	);
	const paid = rows.find((r) => r.confidence === 'exact')!;
	const remainder = rows.find((r) => r.confidence === 'decision')!;
	expect(usd(Number(paid.amount_usd))).toBe('USD 114,000');
	expect(usd(Number(remainder.amount_usd))).toBe('USD 83,691.95');
	await page.goto('funding?recipient=Trust+Fund');
	await engineReady(page);
	const figure = page.locator('figure[data-chart="contributions-over-time"]');
	await expectLive(figure);
	const bar = figure.locator('g.segment[data-category="2015"][data-series="association"]');
	await expect(bar).toHaveCount(2);
	await expect(bar.and(page.locator('[data-status="received"]')).locator('title')).toContainText(
		`received: USD 114,000`
	);
	await expect(bar.and(page.locator('[data-status="decided"]')).locator('title')).toContainText(`USD 83,691.95`);
	// Together they are the allocation, not more: nothing is counted twice.
	expect(Number(paid.amount_usd) + Number(remainder.amount_usd)).toBeCloseTo(197691.95, 2);
});

test('money reported only by third parties is drawn and labelled as secondary', async ({ page }) => {
	const rows = await readSourceCsv<{ year: string; donor_type: string }>(
		'contributions.csv',
		"SELECT DISTINCT year, donor_type FROM src WHERE confidence = 'secondary' AND year IS NOT NULL AND amount_usd IS NOT NULL AND recipient NOT ILIKE '%support association%'"
	);
	expect(rows.length).toBeGreaterThan(0);
	await page.goto('funding');
	const figure = page.locator('figure[data-chart="contributions-over-time"]');
	await expect(figure.locator('.key')).toContainText('secondary');
	for (const r of rows) {
		const segment = figure.locator(
			`g.segment[data-category="${r.year}"][data-series="${r.donor_type}"][data-qualifier="secondary"]`
		);
		await expect(segment, `${r.year} ${r.donor_type}`).toHaveCount(1);
		await expect(segment.locator('title')).toContainText('secondary (as relayed by a third party');
		await expect(segment.locator('rect').first()).toHaveAttribute('stroke-dasharray', '2 2');
	}
});

test('each host on the timeline is marked with its country’s ISO3 code, or as online', async ({ page }) => {
	const meetings = await readSourceCsv<{ year: string; iso3: string | null; format: string }>(
		'meetings.csv',
		`SELECT m.year, c.iso3, m.format FROM src m
		 LEFT JOIN read_csv('data/sources/countries.csv', header = true, all_varchar = true) c ON c.name = m.country`
	);
	await page.goto('funding');
	const hosts = page.locator('figure[data-chart="host-support"] g.host');
	await expect(hosts).toHaveCount(meetings.length);
	for (const { year, iso3, format } of meetings) {
		const code = page.locator(`figure[data-chart="host-support"] g.host[data-year="${year}"] text.host-name`);
		await expect(code).toHaveText(iso3 ?? (format === 'online' ? 'online' : 'no code'));
	}
});

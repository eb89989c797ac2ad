import { test, expect } from './fixtures';
import { readSourceCsv } from './source-figures';

type Row = Record<string, string | null>;
const tally = (words: (string | null)[]) => {
	const out: Record<string, number> = {};
	for (const w of words) if (w) out[w] = (out[w] ?? 0) + 1;
	return out;
};

test('/data shows how many figures of each dataset are exact, bounds, approximate, secondary, pledges or decisions', async ({
	page
}) => {
	const contributions = tally((await readSourceCsv<Row>('contributions.csv')).map((r) => r.confidence));
	const hostCosts = tally(
		(await readSourceCsv<Row>('host_costs.csv')).filter((r) => !r.same_allocation_as).map((r) => r.confidence)
	);
	const figures = ['onsite', 'online', 'total', 'registrations', 'countries', 'sessions'];
	const meetings = tally(
		(await readSourceCsv<Row>('meetings.csv')).flatMap((r) => figures.map((f) => (r[f] ? r[`${f}_qualifier`] : null)))
	);
	await page.goto('data');
	const section = page.locator('[data-confidence-profiles]');
	await expect(section.getByRole('heading', { name: 'How sure the figures are' })).toBeVisible();
	const words = ['exact', 'lower bound', 'approximate', 'secondary', 'pledge', 'decision'];
	for (const w of words) await expect(section.getByRole('columnheader', { name: w, exact: true })).toBeVisible();
	for (const [name, expected] of [
		['contributions', contributions],
		['host_costs', hostCosts],
		['meetings', meetings]
	] as const) {
		const row = section.locator(`tr[data-dataset-profile="${name}"]`);
		for (const w of words)
			await expect(row.locator(`td[data-confidence="${w}"]`), `${name} ${w}`).toHaveText(String(expected[w] ?? 0));
		const total = Object.values(expected).reduce((a, b) => a + b, 0);
		await expect(row.locator('td[data-total]')).toHaveText(total.toLocaleString('en-US'));
	}
	const confirmed = contributions.exact ?? 0;
	const all = Object.values(contributions).reduce((a, b) => a + b, 0);
	await expect(section.locator('[data-funding-confidence]')).toContainText(
		`Of the ${all} published contribution figures, ${confirmed} (`
	);
	await expect(section.locator('[data-funding-confidence]')).toContainText(
		`${(contributions.pledge ?? 0) + (contributions.decision ?? 0)} are pledges or decisions`
	);
});

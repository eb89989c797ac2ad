import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { test, expect } from './fixtures';

interface ManifestEntry {
	name: string;
	file: string;
	rows: number;
	sha256: string;
	synthetic: boolean;
	columns: { name: string }[];
}
const manifest = JSON.parse(readFileSync('data/manifest.json', 'utf8')) as { datasets: ManifestEntry[] };

test('/data lists every dataset with its row count, columns and a working Parquet download', async ({
	page,
	request,
	watch
}) => {
	await page.goto('data');
	for (const d of manifest.datasets) {
		const card = page.locator(`[data-dataset="${d.name}"]`);
		await expect(card).toBeVisible();
		await expect(card.locator('[data-rows]')).toHaveAttribute('data-rows', String(d.rows));
		await expect(card.getByText('Synthetic data')).toHaveCount(d.synthetic ? 1 : 0);
		await card.getByText('Columns', { exact: true }).click();
		for (const c of d.columns) await expect(card.getByRole('cell', { name: c.name, exact: true })).toBeVisible();
		const href = await card.getByRole('link', { name: `Download ${d.file}` }).getAttribute('href');
		const body = await (await request.get(new URL(href!, page.url()).toString())).body();
		expect(createHash('sha256').update(body).digest('hex'), `${d.file} served as built`).toBe(d.sha256);
	}
	expect(watch.foreignRequests).toEqual([]);
});

interface TargetsSidecar {
	years: ({ year: number; mode: { status: string } } & Record<string, { status: string; sources: string[] }>)[];
}
const targets = JSON.parse(readFileSync('data/sources/participants.targets.json', 'utf8')) as TargetsSidecar;

test('/data lists, year by year, which targets of the synthetic participants are published and which are defaults', async ({
	page,
	watch
}) => {
	// Phone-sized: the table scrolls in its own box, the page does not widen.
	await page.setViewportSize({ width: 375, height: 800 });
	await page.goto('data');
	const table = page.getByRole('table', { name: /targets of the synthetic participants/ });
	await expect(table).toBeVisible();
	await expect(table.locator('tbody tr')).toHaveCount(targets.years.length);
	const marginals = ['region', 'stakeholder_group', 'gender', 'first_time'];
	for (const y of targets.years) {
		const row = table.locator(`tr[data-year="${y.year}"]`);
		await expect(row.getByRole('rowheader')).toHaveText(String(y.year));
		for (const key of marginals) {
			const { status, sources } = y[key];
			const cell = row.locator(`td[data-column="${key}"]`);
			if (status === 'default') await expect(cell).toHaveText('default');
			else {
				await expect(cell).toContainText(status === 'published' ? 'published' : 'partly published');
				await expect(cell.getByRole('link').first()).toHaveAttribute('href', sources[0]);
			}
		}
		const [kind, detail] = y.mode.status.split(': ');
		await expect(row.locator('td[data-column="mode"]')).toHaveText(
			kind === 'published' ? `published (${detail})` : kind === 'rule' ? `rule: ${detail}` : 'default'
		);
	}
	const publishedYears = (key: string) => targets.years.filter((y) => y[key].status !== 'default').length;
	await expect(page.locator('[data-coverage-summary]')).toContainText(
		`Region shares are published for ${publishedYears('region')} of ${targets.years.length} years`
	);
	expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
	expect(watch.foreignRequests).toEqual([]);
});

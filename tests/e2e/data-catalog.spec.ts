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

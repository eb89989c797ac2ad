// Embeds pinned to a data release (?release=<id>): an older release's figures, labelled as such; an unknown
// or malformed id says so and keeps the current figures. The older release is a FIXTURE built here from the
// real contributions.csv with one amount changed; it is served only to the test's browser (page.route).
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page, Route } from '@playwright/test';
import { buildCatalog } from '../../src/lib/data/catalog/build-catalog';
import { DATASETS } from '../../src/lib/data/catalog/datasets/index';
import { FUNDING_TABLES } from '../../src/lib/data/queries/funding';
import { test, expect } from './fixtures';
import { readSourceCsv, usd } from './source-figures';

/** FIXTURE: a well-formed id of a release the site never had. */
const FIXTURE_RELEASE = '2026-11-30-f1c7e00';
const SWISS = 'Switzerland (Government)';
/** FIXTURE: the 2007 Swiss contribution, USD 500,000 in the source, is 100,000 more in the fixture release. */
const FIXTURE_EXTRA = 100_000;

let fixtureDir: string;
let currentReceived: number;

test.beforeAll(async () => {
	fixtureDir = await mkdtemp(join(tmpdir(), 'igf-fixture-release-'));
	await cp('data/sources', join(fixtureDir, 'sources'), { recursive: true });
	const csv = join(fixtureDir, 'sources', 'contributions.csv');
	const text = await readFile(csv, 'utf8');
	const edited = text.replace(
		`2007,${SWISS},government,500000,USD,500000,`,
		`2007,${SWISS},government,600000,USD,600000,`
	);
	expect(edited, 'the fixture changes one figure').not.toBe(text);
	await writeFile(csv, edited);
	const { manifest, problems } = await buildCatalog({
		sourcesDir: join(fixtureDir, 'sources'),
		outDir: fixtureDir,
		datasets: DATASETS.filter((d) => (FUNDING_TABLES as readonly string[]).includes(d.name))
	});
	expect(manifest, JSON.stringify(problems)).not.toBeNull();
	const [row] = await readSourceCsv<{ received: string }>(
		'contributions.csv',
		`SELECT CAST(SUM(CAST(amount_usd AS DOUBLE)) AS VARCHAR) AS received FROM src
		 WHERE donor = '${SWISS}' AND confidence NOT IN ('pledge', 'decision')`
	);
	currentReceived = Number(row.received);
});

test.afterAll(async () => {
	await rm(fixtureDir, { recursive: true, force: true });
});

/** Serves the real release list with the fixture release added as an older one. */
async function listFixtureRelease(page: Page) {
	await page.route('**/api/releases.json', async (route) => {
		const real = (await (await route.fetch()).json()) as { releases: { id: string; date: string }[] };
		const fixture = { id: FIXTURE_RELEASE, date: '2026-11-30', sha256: {}, changelog: '' };
		await route.fulfill({ json: { releases: [...real.releases, fixture] } });
	});
}

/** Serves the fixture release's manifest and Parquet files, after `gate` resolves. */
async function serveFixtureFiles(page: Page, gate: Promise<void> = Promise.resolve()) {
	await page.route(`**/datasets/releases/${FIXTURE_RELEASE}/*`, async (route: Route) => {
		await gate;
		const file = new URL(route.request().url()).pathname.split('/').pop()!;
		await route.fulfill({ body: await readFile(join(fixtureDir, file)) }).catch(() => {});
	});
}

/** The Swiss donor's received USD in the embed's Table view reads `expected`. */
async function expectSwissReceived(page: Page, expected: string) {
	const figure = page.locator('figure[data-chart="donors-ranked"]');
	const toggle = figure.locator('.actions button[aria-controls$="-table"]');
	const row = figure.getByRole('row').filter({ has: page.getByRole('cell', { name: SWISS, exact: true }) });
	// A click before the page is hydrated opens nothing, and a chart drawn again closes its table: open it until read.
	await expect(async () => {
		if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
		await expect(row.locator('td[data-column="received"]')).toHaveText(expected, { timeout: 2000 });
	}).toPass({ timeout: 30_000 });
}

test('an embed pinned to an older release shows that release’s figure and links to the current one', async ({
	page
}) => {
	await listFixtureRelease(page);
	let open!: () => void;
	await serveFixtureFiles(page, new Promise<void>((resolve) => (open = resolve)));
	await page.goto(`embed/donors-ranked?years=2007..2020&release=${FIXTURE_RELEASE}`);
	// Until the release's data is in, the notice says so and the current figure is dimmed, not labelled older.
	const notice = page.locator('[data-release-notice]');
	await expect(notice).toHaveAttribute('data-release-notice', 'loading');
	await expect(notice).toContainText(`Loading data release ${FIXTURE_RELEASE}`);
	await expect(page.locator(`[data-pinned-release="${FIXTURE_RELEASE}"]`)).toHaveAttribute('aria-busy', 'true');
	await expectSwissReceived(page, usd(currentReceived));
	open();
	await expect(notice).toHaveAttribute('data-release-notice', 'shown');
	// Read once, at the moment the notice names the release: its figure must already be on screen.
	const swiss = page.getByRole('row').filter({ has: page.getByRole('cell', { name: SWISS, exact: true }) });
	expect(await swiss.locator('td[data-column="received"]').textContent()).toBe(usd(currentReceived + FIXTURE_EXTRA));
	await expect(notice).toContainText(
		`This chart shows data release ${FIXTURE_RELEASE} of November 30, 2026, not the latest.`
	);
	await expect(page.locator(`[data-pinned-release="${FIXTURE_RELEASE}"]`)).toHaveAttribute('aria-busy', 'false');
	await expectSwissReceived(page, usd(currentReceived + FIXTURE_EXTRA));
	const current = notice.getByRole('link', { name: /See the current release/ });
	await expect(current).toHaveAttribute('href', /embed\/donors-ranked\?years=2007\.\.2020$/);
	await current.click();
	await expect(page.locator('[data-release-notice]')).toHaveCount(0);
	await expectSwissReceived(page, usd(currentReceived));
});

test('a pinned release whose data cannot load says so and keeps the current figure, labelled current', async ({
	page
}) => {
	await listFixtureRelease(page);
	// No fixture files: the site answers 404 for the release's manifest.
	await page.goto(`embed/donors-ranked?release=${FIXTURE_RELEASE}`);
	const notice = page.locator('[data-release-notice]');
	await expect(notice).toHaveAttribute('data-release-notice', 'failed');
	await expect(notice).toContainText(
		`Data release ${FIXTURE_RELEASE} could not be loaded. This chart shows the current release`
	);
	await expectSwissReceived(page, usd(currentReceived));
});

test('a pinned release whose data cannot answer the chart’s query says so and keeps the current figure', async ({
	page
}) => {
	await listFixtureRelease(page);
	// FIXTURE: the release's contributions file holds another table (meetings), so the chart's SQL fails on it.
	await page.route(`**/datasets/releases/${FIXTURE_RELEASE}/*`, async (route: Route) => {
		const file = new URL(route.request().url()).pathname.split('/').pop()!;
		const served = file === 'contributions.parquet' ? 'meetings.parquet' : file;
		await route.fulfill({ body: await readFile(join(fixtureDir, served)) });
	});
	await page.goto(`embed/donors-ranked?release=${FIXTURE_RELEASE}`);
	const notice = page.locator('[data-release-notice]');
	await expect(notice).toHaveAttribute('data-release-notice', 'failed');
	await expectSwissReceived(page, usd(currentReceived));
});

for (const [what, id, kind, text] of [
	[
		'an unknown id',
		'2020-01-01-0000000',
		'unknown',
		'There is no data release 2020-01-01-0000000. This chart shows the current release'
	],
	[
		'an invalid id',
		'2026-12-05-<b>',
		'invalid',
		'“2026-12-05-<b>” is not a release id. This chart shows the current release.'
	]
] as const) {
	test(`${what} in the address gets a clear message and the current figure`, async ({ page }) => {
		await page.goto(`embed/donors-ranked?release=${encodeURIComponent(id)}`);
		const notice = page.locator('[data-release-notice]');
		await expect(notice).toHaveAttribute('data-release-notice', kind);
		await expect(notice).toContainText(text);
		await expect(notice.getByRole('link', { name: 'Link to the current release' })).toHaveAttribute(
			'href',
			/embed\/donors-ranked$/
		);
		await expectSwissReceived(page, usd(currentReceived));
	});
}

test('an embed pinned to the site’s previous release loads that release’s kept files', async ({ page, request }) => {
	const { releases } = (await (await request.get('api/releases.json')).json()) as { releases: { id: string }[] };
	test.skip(releases.length < 2, 'the site has one release');
	const previous = releases[1].id;
	const fetched: string[] = [];
	page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
	await page.goto(`embed/donors-ranked?release=${previous}`);
	const notice = page.locator('[data-release-notice]');
	await expect(notice).toHaveAttribute('data-release-notice', 'shown');
	await expect(notice).toContainText(`This chart shows data release ${previous}`);
	expect(fetched.some((path) => path.endsWith(`/datasets/releases/${previous}/contributions.parquet`))).toBe(true);
	// The contributions' figures did not change between these releases (only their row ids were added).
	await expectSwissReceived(page, usd(currentReceived));
});

test('the current release’s id changes nothing', async ({ page, request }) => {
	const { releases } = (await (await request.get('api/releases.json')).json()) as { releases: { id: string }[] };
	await page.goto(`embed/donors-ranked?release=${releases[0].id}`);
	await page.waitForResponse('**/api/releases.json');
	await expectSwissReceived(page, usd(currentReceived));
	await expect(page.locator('[data-release-notice]')).toHaveCount(0);
	await expect(page.locator('[data-pinned-release]')).toHaveCount(0);
});

test('the release’s kept files are served beside the current data, and match its recorded digests', async ({
	request
}) => {
	const { releases } = (await (await request.get('api/releases.json')).json()) as {
		releases: { id: string; sha256: Record<string, string> }[];
	};
	for (const r of releases) {
		const manifest = await request.get(`datasets/releases/${r.id}/manifest.json`);
		expect(manifest.ok(), r.id).toBe(true);
		const { datasets } = (await manifest.json()) as { datasets: { name: string; file: string; sha256: string }[] };
		for (const d of datasets) {
			expect(d.sha256, `${r.id} ${d.name}`).toBe(r.sha256[d.name]);
			expect((await request.get(`datasets/releases/${r.id}/${d.file}`)).ok(), `${r.id} ${d.file}`).toBe(true);
		}
	}
});

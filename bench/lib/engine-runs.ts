// Load and filter-change measures in the lab page, for one data size.
import type { Browser, Page } from 'playwright-core';
import { sampleRendererPeak } from './renderer-memory';
import type { FilterValue } from '../../src/lib/data/sql/predicates';
import {
	BUILD_CUBES,
	FACET_COLUMNS,
	RAW_AS_CUBES,
	batchedQuery,
	facetValuesSql,
	filterSequence,
	perChartQueries,
	type Facets
} from './interactions';

interface LoadTiming {
	ms: number;
	maxLongTask: number;
}
export interface SizeResult {
	rows: number;
	/** The app's path: Parquet decoded in a worker by row group, inserted into DuckDB-WASM. */
	load: number[];
	loadMaxLongTask: number[];
	/** DuckDB-WASM alone ingesting the same Arrow data. */
	ingestOnly: number[];
	/** Naive: the whole file decoded on the main thread, then inserted. */
	naiveLoad: number[];
	naiveMaxLongTask: number[];
	peakRendererMB: number | null;
	cubeBuild: number;
	/** The app's path: cube cells read once into an in-memory index (LinkedIndex). */
	indexBuild: number;
	indexBuildMaxLongTask: number;
	indexCells: number;
	/** ms per interaction (every chart's answer in), by strategy. */
	perChartRaw: number[];
	batchedRaw: number[];
	perChartCube: number[];
	batchedCube: number[];
	/** ms per interaction answered by the in-memory index on the main thread. */
	index: number[];
}

type Lab = {
	openApp(): Promise<number>;
	openNaive(): Promise<number>;
	loadApp(url: string): Promise<LoadTiming & { rows: number }>;
	loadNaive(url: string): Promise<LoadTiming>;
	ingestOnly(url: string): Promise<LoadTiming>;
	dropNaive(): Promise<void>;
	query(sql: string): Promise<Record<string, unknown>[]>;
	interact(sqls: string[]): Promise<number>;
	buildIndex(): Promise<LoadTiming & { cells: number }>;
	answerIndex(values: Record<string, FilterValue>): number;
};

async function labPage(browser: Browser, url: string): Promise<Page> {
	const page = await browser.newPage();
	page.on('pageerror', (e) => console.error(`lab page: ${e.message}`));
	await page.goto(url);
	await page.waitForFunction(() => document.documentElement.dataset.lab === 'ready');
	return page;
}

const call = <K extends keyof Lab>(page: Page, name: K, ...args: Parameters<Lab[K]>) =>
	page.evaluate(
		([n, a]) =>
			(window as unknown as { lab: Record<string, (...x: unknown[]) => unknown> }).lab[n as string](
				...(a as unknown[])
			),
		[name, args] as const
	) as ReturnType<Lab[K]>;

export async function runSize(
	browser: Browser,
	browserPid: number | undefined,
	origin: string,
	dataUrl: string,
	runs: number,
	steps: number,
	log: (msg: string) => void
): Promise<SizeResult> {
	const labUrl = `${origin}/__bench/pages/lab.html`;
	// The naive paths in a page of their own, so their memory does not count against the app's.
	const naive = await labPage(browser, labUrl);
	const ingestOnly: LoadTiming[] = [];
	const naiveLoad: LoadTiming[] = [];
	try {
		await call(naive, 'openNaive');
		for (let i = 0; i < runs; i++) {
			ingestOnly.push(await call(naive, 'ingestOnly', dataUrl));
			await call(naive, 'dropNaive');
			naiveLoad.push(await call(naive, 'loadNaive', dataUrl));
			await call(naive, 'dropNaive');
		}
	} finally {
		await naive.close();
	}
	log(`  naive load and ingest-only done`);

	const page = await labPage(browser, labUrl);
	try {
		await call(page, 'openApp');
		const stop = sampleRendererPeak(browserPid);
		const load: (LoadTiming & { rows: number })[] = [await call(page, 'loadApp', dataUrl)];
		const peakRendererMB = stop();
		for (let i = 1; i < runs; i++) load.push(await call(page, 'loadApp', dataUrl));
		log(`  app load done (${load[0].rows} rows)`);

		const facets: Facets = {};
		for (const { key, column } of FACET_COLUMNS) {
			facets[key] = (await call(page, 'query', facetValuesSql(column))).map((r) => String(r.v));
		}
		const states = filterSequence(facets, steps);
		const time = async (queriesFor: (sql: string) => string[]) => {
			const out: number[] = [];
			for (let r = 0; r < runs; r++)
				for (const s of states) out.push(await call(page, 'interact', queriesFor(batchedQuery(s))));
			return out;
		};
		for (const sql of RAW_AS_CUBES) await call(page, 'query', sql);
		await call(page, 'interact', [batchedQuery({})]); // warm-up
		const perChartRaw = await time(perChartQueries);
		const batchedRaw = await time((sql) => [sql]);
		log(`  raw scans done`);
		const cubeBuild = await call(page, 'interact', BUILD_CUBES);
		await call(page, 'interact', [batchedQuery({})]);
		const perChartCube = await time(perChartQueries);
		const batchedCube = await time((sql) => [sql]);
		log(`  cube queries done`);
		const built = await call(page, 'buildIndex');
		call(page, 'answerIndex', {}); // warm-up
		const index: number[] = [];
		for (let r = 0; r < runs; r++) for (const s of states) index.push(await call(page, 'answerIndex', s));
		return {
			rows: load[0].rows,
			load: load.map((l) => l.ms),
			loadMaxLongTask: load.map((l) => l.maxLongTask),
			ingestOnly: ingestOnly.map((l) => l.ms),
			naiveLoad: naiveLoad.map((l) => l.ms),
			naiveMaxLongTask: naiveLoad.map((l) => l.maxLongTask),
			peakRendererMB,
			cubeBuild,
			perChartRaw,
			batchedRaw,
			perChartCube,
			batchedCube,
			indexBuild: built.ms,
			indexBuildMaxLongTask: built.maxLongTask,
			indexCells: built.cells,
			index
		};
	} finally {
		await page.close();
	}
}

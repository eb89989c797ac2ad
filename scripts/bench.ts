// npm run bench -- [--sizes bundled,1m] [--10m] [--runs 5] [--steps 12] [--no-build] [--build-dir build-bench] [--port 4306] [--baseline] [--out file]
//   [--mobile | --with-mobile] [--routes /,/funding] [--lighthouse-runs 3] [--slow-link-max 60]
// Generates the synthetic data it needs, builds the app, serves it, drives Chromium and prints one table.
// It reports timings and never fails on them: only a broken run (a page error, a missing file) exits non-zero.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from './chromium-path.js';
import { buildSite } from './build-site';
import settings from '../project.inlang/settings.json' with { type: 'json' };
import { buildBenchPages } from '../bench/lib/build-pages';
import { startBenchServer } from '../bench/lib/server';
import { linkedCubeAtSize } from '../bench/lib/linked-cube-at-size';
import { firstChartRun, type FirstChartRun } from '../bench/lib/first-chart';
import { runSize, type SizeResult } from '../bench/lib/engine-runs';
import {
	PERSON_PAUSE_MS,
	RAPID_PAUSE_MS,
	appInteractionRun,
	type AppInteractionRun
} from '../bench/lib/app-interactions';
import { MOBILE_ROUTES, measureMobile, mobileNotes, mobileRows } from '../bench/lib/mobile';
import { describeMachine, formatTable, type Row } from '../bench/lib/report';
import {
	resultsForSize,
	writeResults,
	writeSizeResults,
	type BenchResults,
	type MobileResultsFile
} from '../bench/lib/results';
import { sampleRendererPeak } from '../bench/lib/renderer-memory';
import {
	appInteractionRows,
	firstChartRows,
	pageAtSizeRows,
	rapidClickRows,
	sizeRows,
	type PageAtSize
} from '../bench/lib/rows';

const { values: args } = parseArgs({
	options: {
		sizes: { type: 'string', default: 'bundled,1m' },
		'10m': { type: 'boolean', default: false },
		runs: { type: 'string', default: '5' },
		steps: { type: 'string', default: '12' },
		'no-build': { type: 'boolean', default: false },
		'build-dir': { type: 'string', default: process.env.BENCH_BUILD_DIR ?? 'build-bench' },
		port: { type: 'string', default: process.env.BENCH_PORT ?? '4306' },
		baseline: { type: 'boolean', default: false },
		out: { type: 'string' },
		mobile: { type: 'boolean', default: false },
		'with-mobile': { type: 'boolean', default: false },
		routes: { type: 'string', default: MOBILE_ROUTES.join(',') },
		'lighthouse-runs': { type: 'string', default: '3' },
		'slow-link-max': { type: 'string', default: '60' }
	}
});
if (args.mobile && args['with-mobile'])
	throw new Error('--mobile runs only the phone measures; --with-mobile adds them to the rest');
const root = resolve(import.meta.dirname, '..');
const runs = Math.max(1, Number(args.runs));
const steps = Math.max(1, Number(args.steps));
const ROWS: Record<string, number> = { tiny: 2_000, '1m': 1_000_000, '10m': 10_000_000 };
// --mobile: only the phone measures (Lighthouse, the slow link), no size.
const sizes = args.mobile
	? []
	: [...new Set([...args.sizes!.split(',').filter(Boolean), ...(args['10m'] ? ['10m'] : [])])];
const log = (msg: string) => console.error(msg);
const npmRun = (script: string, extra: string[], env: Record<string, string> = {}) =>
	execFileSync('npm', ['run', '--silent', script, '--', ...extra], {
		cwd: root,
		stdio: ['ignore', 'inherit', 'inherit'],
		env: { ...process.env, ...env }
	});

/** The Parquet file for a size, relative to data/ (generated into data/bench/ when missing). */
function dataFile(size: string): string {
	if (size === 'bundled') return 'participants.parquet';
	const rows = ROWS[size] ?? Number(size);
	if (!Number.isInteger(rows) || rows < 1)
		throw new Error(`Unknown size "${size}" (tiny, bundled, 1m, 10m or a row count)`);
	const rel = `bench/participants-${rows}.parquet`;
	if (!existsSync(join(root, 'data', rel))) {
		log(`Generating ${rows} synthetic rows…`);
		npmRun('data:synthetic', ['--rows', String(rows), '--out', join('data', rel)]);
	}
	return rel;
}

const files = Object.fromEntries(sizes.map((s) => [s, dataFile(s)]));
const buildDir = resolve(root, args['build-dir']!);
if (!args['no-build'] || !existsSync(join(buildDir, 'index.html'))) {
	log(`Building the app into ${args['build-dir']}…`);
	await buildSite({
		out: buildDir,
		locales: settings.locales,
		log,
		env: { KIT_OUT_DIR: `.svelte-kit-${args['build-dir']}`, VITE_CACHE_DIR: `node_modules/.vite-${args['build-dir']}` }
	});
}
const pagesDir = await buildBenchPages(root);
const {
	url: origin,
	server,
	useDataset,
	serveBytes
} = await startBenchServer({
	buildDir,
	pagesDir,
	dataDir: join(root, 'data'),
	port: Number(args.port)
});
const executablePath = findChromium();
if (!executablePath) throw new Error('No Chromium found: set CHROMIUM_PATH or install the chromium package');
const browserServer = await chromium.launchServer({ executablePath, args: CHROMIUM_ARGS, headless: true });
const browser = await chromium.connect(browserServer.wsEndpoint());

try {
	const pages = args.mobile ? null : await measurePages();
	const mobile =
		args.mobile || args['with-mobile']
			? await measureMobile(
					browser,
					executablePath,
					origin,
					{
						routes: args.routes!.split(',').filter(Boolean),
						lighthouseRuns: Math.max(1, Number(args['lighthouse-runs'])),
						slowLinkMaxMs: Math.max(1, Number(args['slow-link-max'])) * 1000
					},
					log
				)
			: null;
	const phoneRows = mobile ? mobileRows(mobile) : [];
	const rows = [...(pages?.rows ?? []), ...phoneRows];
	console.log(formatTable(rows));
	if (pages) console.log(`\n${pages.notes.join('\n')}`);
	if (mobile) console.log(`\n${mobileNotes(mobile).join('\n')}`);
	const machine = describeMachine(browser.version());
	const date = new Date().toISOString();
	const mobileFile: MobileResultsFile | null = mobile && { date, machine, rows: phoneRows, ...mobile };
	const results: BenchResults | null = pages && { date, machine, ...pages.results, rows, mobile: mobile ?? undefined };
	// --out: the whole run in one file; otherwise each size's latest (and baseline), and the mobile ones, in bench/results/.
	const dir = join(root, 'bench/results');
	const written = args.out
		? [await writeResults(resolve(root, args.out), results ?? mobileFile!)]
		: [
				...(pages ? await writeEachSize(results!, pages.runRows, pages.rowsOfSize) : []),
				...(mobileFile ? await writeSizeResults(dir, 'mobile', mobileFile, args.baseline) : [])
			];
	console.log(
		`\nMachine: ${machine.os}, ${machine.cpus} × ${machine.cpuModel}, ${machine.memoryGB} GB, Chromium ${machine.chromium}`
	);
	console.log(`Results: ${written.join(', ')}`);
} finally {
	await browser.close();
	await browserServer.close();
	server.close();
}

/** First chart, clicks on the real page, and each size's load and filter changes. */
async function measurePages() {
	log(`First chart: /participation vs the naive page, ${runs} cold runs each…`);
	const app: FirstChartRun[] = [];
	const naive: FirstChartRun[] = [];
	const naiveSql = 'SELECT year AS k, CAST(total AS DOUBLE) AS n FROM t ORDER BY year';
	const naiveUrl = `${origin}/__bench/pages/naive.html?data=${encodeURIComponent('/datasets/meetings.parquet')}&sql=${encodeURIComponent(naiveSql)}`;
	for (let i = 0; i < runs; i++) {
		app.push(await firstChartRun(browser, `${origin}/participation`, true));
		naive.push(await firstChartRun(browser, naiveUrl, false));
	}
	log(`Filter changes on /participation itself (bundled data), ${runs} runs of ${steps} clicks…`);
	const clicks: AppInteractionRun[] = [];
	for (let i = 0; i < runs; i++) clicks.push(await appInteractionRun(browser, `${origin}/participation`, steps));
	log(`  …and clicked ${RAPID_PAUSE_MS} ms after each button comes on screen (faster than a person), ${runs} runs…`);
	const rapidClicks: AppInteractionRun[] = [];
	for (let i = 0; i < runs; i++)
		rapidClicks.push(await appInteractionRun(browser, `${origin}/participation`, steps, { pauseMs: RAPID_PAUSE_MS }));
	const bySize: Record<string, SizeResult> = {};
	const pageBySize: Record<string, PageAtSize> = {};
	for (const size of sizes) {
		log(`Size ${size} (${files[size]}): load and filter changes…`);
		bySize[size] = await runSize(
			browser,
			browserServer.process().pid,
			origin,
			`/__bench/data/${files[size]}`,
			runs,
			steps,
			log
		);
		if (size === 'bundled') continue;
		// The real page with this size as its participants dataset: what a person clicking would get.
		log(`  /participation with ${files[size]} as its participants, ${runs} runs of ${steps} clicks…`);
		useDataset('participants', { file: join(root, 'data', files[size]), rows: bySize[size].rows });
		const cube = await linkedCubeAtSize(buildDir, join(root, 'data', files[size]));
		serveBytes(cube.pathname, cube.bytes);
		try {
			const page: PageAtSize = { clicks: [], peakRendererMB: null };
			for (let i = 0; i < runs; i++) {
				const stop = sampleRendererPeak(browserServer.process().pid);
				page.clicks.push(
					await appInteractionRun(browser, `${origin}/participation`, steps, { expectRows: bySize[size].rows })
				);
				const peak = stop();
				if (peak != null) page.peakRendererMB = Math.max(page.peakRendererMB ?? 0, peak);
			}
			pageBySize[size] = page;
		} finally {
			useDataset('participants', null);
			serveBytes(cube.pathname, null);
		}
	}
	const runRows = [
		...firstChartRows(app, naive),
		...appInteractionRows(clicks, 'bundled data', 'p95 ≤ 20'),
		...rapidClickRows(rapidClicks, 'bundled data')
	];
	const rowsOfSize = Object.fromEntries(
		sizes.map((s) => [
			s,
			[...(pageBySize[s] ? pageAtSizeRows(s, bySize[s].rows, pageBySize[s]) : []), ...sizeRows(s, bySize[s])]
		])
	);
	return {
		runRows,
		rowsOfSize,
		rows: [...runRows, ...sizes.flatMap((s) => rowsOfSize[s])],
		notes: [
			`JS loaded before the engine starts (/participation): ${app[0].jsFiles.join(', ')}`,
			`Datasets /participation loaded (in order): ${[...new Set(app[0].datasets)].join(', ')}`
		],
		results: {
			options: { sizes, runs, steps, files, pauseMs: PERSON_PAUSE_MS, rapidPauseMs: RAPID_PAUSE_MS },
			firstChart: { app, naive },
			appInteractions: clicks,
			rapidAppInteractions: rapidClicks,
			sizes: bySize,
			pageAtSize: pageBySize
		}
	};
}

async function writeEachSize(results: BenchResults, runRows: Row[], rowsOfSize: Record<string, Row[]>) {
	const written: string[] = [];
	for (const size of results.options.sizes) {
		const ofSize = resultsForSize(results, size, runRows, rowsOfSize[size]);
		written.push(...(await writeSizeResults(join(root, 'bench/results'), size, ofSize, args.baseline)));
	}
	return written;
}

// The benchmark runs end to end at a tiny size, and its phone measures on one route, and writes its results;
// timings and scores are reported, never asserted.
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { expect, test } from '@playwright/test';

const run = promisify(execFile);
const OUT = 'bench/out/smoke.json';

/** Runs the bench on the tests' build with `options`, writing the whole run to `out`; returns what it printed. */
async function bench(options: string[], out: string, timeoutMs: number): Promise<string> {
	const buildDir = process.env.BUILD_DIR ?? 'build';
	const { stdout } = await run(
		'npx',
		['tsx', 'scripts/bench.ts', ...options, '--no-build', '--build-dir', buildDir, '--out', out],
		{ env: { ...process.env, BENCH_PORT: process.env.BENCH_PORT ?? '4309' }, timeout: timeoutMs, maxBuffer: 1 << 24 }
	);
	return stdout;
}

/** Every name is part of some row's measure. */
function expectMeasures(rows: { measure: string }[], names: string[]) {
	for (const name of names)
		expect(
			rows.some((r) => r.measure.includes(name)),
			name
		).toBe(true);
}

interface Summary {
	median: number;
	p95: number;
	n: number;
}
interface Results {
	machine: { cpus: number; memoryGB: number; chromium: string; os: string };
	rows: { measure: string; value: Summary; baseline: Summary | null }[];
	sizes: Record<string, { rows: number }>;
}

test('npm run bench runs at a tiny size and writes one table of results', async () => {
	test.setTimeout(240_000);
	const stdout = await bench(['--sizes', 'tiny', '--runs', '1', '--steps', '2'], OUT, 220_000);
	expect(stdout).toMatch(/^measure\s+unit\s+value \(median\)\s+p95\s+baseline \(median\)\s+baseline p95\s+ratio/m);

	const results = JSON.parse(readFileSync(OUT, 'utf8')) as Results;
	expect(results.machine.cpus).toBeGreaterThan(0);
	expect(results.machine.chromium).toMatch(/^\d+\./);
	expect(results.sizes.tiny.rows).toBe(2000);
	expectMeasures(results.rows, [
		'time to first chart',
		'WASM files fetched before first chart',
		'JS before engine start',
		'Parquet→Arrow(worker)→DuckDB',
		'cube, one batched query',
		'in-memory index over the cube',
		'raw rows, one query per chart',
		'click → frame painted',
		'first filter change after load',
		'clicked 50 ms after each button came on screen'
	]);
	// Every timing that was measured is a number (the bench reports; it does not judge).
	const timed = results.rows.filter(
		(r) => r.measure.startsWith('time to first chart') || r.measure.includes('filter change')
	);
	for (const r of timed) expect(Number.isFinite(r.value.median), r.measure).toBe(true);
	// The real page is also timed with the tiny file served as its participants dataset (the run checks
	// that the map counts its 2,000 records before timing).
	const atSize = results.rows.find((r) => r.measure.includes('click → frame painted (tiny: 2,000 rows loaded)'));
	expect(atSize?.value.n).toBe(2);
	// The page's click is set against an empty frame, timed the same way in the same run.
	const click = results.rows.find((r) => r.measure.includes('click → frame painted'));
	expect(Number.isFinite(click?.baseline?.median)).toBe(true);
});

interface MobileResults {
	rows: { measure: string; unit: string; value: Summary; target: string }[];
	lighthouse: Record<string, { performance: number; accessibility: number; bestPractices: number }[]>;
	slowLink: Record<string, { bytes: number; requests: number; wasm: string[]; settledMs: number }>;
}

test('npm run bench -- --mobile runs Lighthouse and the slow link on one route and writes their rows', async () => {
	test.setTimeout(360_000);
	const out = 'bench/out/smoke-mobile.json';
	const stdout = await bench(
		['--mobile', '--routes', '/funding', '--lighthouse-runs', '1', '--slow-link-max', '10'],
		out,
		340_000
	);
	expect(stdout).toMatch(/^measure\s+unit\s+value \(median\)/m);
	const results = JSON.parse(readFileSync(out, 'utf8')) as MobileResults;
	// One Lighthouse report, its scores as 0–100.
	const [report] = results.lighthouse['/funding'];
	for (const score of [report.performance, report.accessibility, report.bestPractices]) {
		expect(score).toBeGreaterThanOrEqual(0);
		expect(score).toBeLessThanOrEqual(100);
	}
	// The slow link counted the page's own bytes (its HTML at least) and stopped by its limit.
	const slow = results.slowLink['/funding'];
	expect(slow.requests).toBeGreaterThan(0);
	expect(slow.bytes).toBeGreaterThan(1000);
	expect(slow.settledMs).toBeLessThanOrEqual(10_000);
	expectMeasures(results.rows, [
		'Lighthouse mobile performance, /funding',
		'Lighthouse mobile accessibility, /funding',
		'Lighthouse mobile best practices, /funding',
		'largest contentful paint (simulated), /funding',
		'total blocking time (simulated), /funding',
		'first contentful paint (simulated), /funding',
		'Lighthouse mobile transfer size, /funding',
		'bytes before interaction, slow link, /funding',
		'WASM files requested before interaction, slow link, /funding'
	]);
});

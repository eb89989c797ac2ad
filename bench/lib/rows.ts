// The table's rows: each measure of issue 6 with its baseline from the same run.
import type { FirstChartRun } from './first-chart';
import type { SizeResult } from './engine-runs';
import { RAPID_PAUSE_MS, type AppInteractionRun } from './app-interactions';
import { row, type Row } from './report';

export function firstChartRows(app: FirstChartRun[], naive: FirstChartRun[]): Row[] {
	const pick = <K extends keyof FirstChartRun>(runs: FirstChartRun[], key: K) => runs.map((r) => Number(r[key] ?? NaN));
	/** A measure of the app's page next to the same measure of the naive page. */
	const vsNaive = (label: string, unit: string, key: keyof FirstChartRun, target: string) =>
		row(label, unit, pick(app, key), target, { name: 'naive page', values: pick(naive, key) });
	return [
		vsNaive('time to first chart, /participation', 'ms', 'chart', 'ratio ≤ 0.25'),
		vsNaive('WASM files fetched before first chart', 'files', 'wasmBeforeChart', '0'),
		row('engine start after navigation', 'ms', pick(app, 'engineStart'), 'after first chart'),
		row('engine ready after navigation', 'ms', pick(app, 'engineReady'), '', {
			name: 'naive first chart',
			values: pick(naive, 'chart')
		}),
		vsNaive('longest main-thread task, engine load (after its start)', 'ms', 'maxLongTask', '≤ 200'),
		row('longest main-thread task, page start-up (layout, hydration)', 'ms', pick(app, 'maxStartupTask'), '≤ 200'),
		row(
			'JS before engine start (gzip)',
			'KB',
			pick(app, 'jsGzipBeforeEngine').map((b) => b / 1024),
			'≤ 150',
			{
				name: 'naive page, all JS',
				values: pick(naive, 'jsGzipBeforeEngine').map((b) => b / 1024)
			}
		)
	];
}

/** The clicks' baseline: an empty frame timed the same way in the same pages. */
const emptyFrameOf = (runs: AppInteractionRun[]) => ({
	name: 'same click timing, empty frame',
	values: runs.flatMap((r) => r.frameFloor)
});

/** The whole page, not just the engine: click → every chart re-rendered and painted. */
export function appInteractionRows(runs: AppInteractionRun[], data: string, target: string): Row[] {
	const emptyFrame = emptyFrameOf(runs);
	return [
		row(
			`filter change on /participation, click → frame painted (${data})`,
			'ms',
			runs.flatMap((r) => r.clicks),
			target,
			emptyFrame
		),
		row(
			`… of which the first filter change after load (cold code, ${data})`,
			'ms',
			runs.map((r) => r.clicks[0] ?? NaN),
			'',
			emptyFrame
		),
		row(
			`longest main-thread task during filter changes on /participation (${data})`,
			'ms',
			runs.map((r) => r.maxLongTask),
			'≤ 200'
		)
	];
}

/** The same clicks, each RAPID_PAUSE_MS after its button came on screen: faster than a person, no target. */
export function rapidClickRows(runs: AppInteractionRun[], data: string): Row[] {
	return [
		row(
			`… the same, clicked ${RAPID_PAUSE_MS} ms after each button came on screen (faster than a person; ${data})`,
			'ms',
			runs.flatMap((r) => r.clicks),
			'',
			emptyFrameOf(runs)
		)
	];
}

/** /participation served with a synthetic size as its participants dataset (the bench server swaps the file). */
export interface PageAtSize {
	clicks: AppInteractionRun[];
	/** Peak RSS of the renderers over the runs (load, index build, clicks), when /proc is readable. */
	peakRendererMB: number | null;
}

export function pageAtSizeRows(size: string, rows: number, page: PageAtSize): Row[] {
	const data = `${size}: ${rows.toLocaleString('en-US')} rows loaded`;
	return [
		...appInteractionRows(page.clicks, data, FILTER_TARGET[size] ?? ''),
		row(
			`peak tab memory, /participation with ${rows.toLocaleString('en-US')} rows (RSS)`,
			'MB',
			page.peakRendererMB == null ? [] : [page.peakRendererMB],
			'< 2048'
		)
	];
}

const FILTER_TARGET: Record<string, string> = { bundled: 'p95 ≤ 20', '1m': 'p95 ≤ 50', '10m': 'p95 ≤ 100' };

export function sizeRows(size: string, r: SizeResult): Row[] {
	const label = `${size} (${r.rows.toLocaleString('en-US')} rows)`;
	const ingest = { name: 'DuckDB ingest alone', values: r.ingestOnly };
	const perChartRaw = { name: 'per-chart raw scans', values: r.perChartRaw };
	return [
		// The load target is for 10M rows; at smaller sizes the worker's start-up weighs more.
		row(`load ${label}: Parquet→Arrow(worker)→DuckDB`, 'ms', r.load, size === '10m' ? 'ratio ≤ 2' : '', ingest),
		row(`load ${label}: naive, main-thread decode`, 'ms', r.naiveLoad, '', ingest),
		row(`load ${label}: longest main-thread task`, 'ms', r.loadMaxLongTask, '≤ 200', {
			name: 'naive load',
			values: r.naiveMaxLongTask
		}),
		row(`load ${label}: peak tab memory (RSS)`, 'MB', r.peakRendererMB == null ? [] : [r.peakRendererMB], '< 2048'),
		row(`cube build ${label} (once, after load)`, 'ms', [r.cubeBuild]),
		row(`index build ${label}: cube cells → in-memory index (once)`, 'ms', [r.indexBuild]),
		row(`index build ${label}: longest main-thread task`, 'ms', [r.indexBuildMaxLongTask], '≤ 200'),
		row(`index ${label}: cells held`, 'cells', [r.indexCells]),
		row(
			`filter change ${label}: in-memory index over the cube (the app's engine-side share)`,
			'ms',
			r.index,
			'',
			perChartRaw
		),
		row(`filter change ${label}: cube, one batched query`, 'ms', r.batchedCube, '', perChartRaw),
		row(`filter change ${label}: cube, one query per chart`, 'ms', r.perChartCube, '', perChartRaw),
		row(`filter change ${label}: raw rows, one batched query`, 'ms', r.batchedRaw, '', perChartRaw),
		row(`filter change ${label}: raw rows, one query per chart`, 'ms', r.perChartRaw, 'baseline')
	];
}

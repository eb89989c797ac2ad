// Load and query measures in one page, driven by scripts/bench.ts: the app's own engine code
// (openBrowserDatabase: Parquet decoded in a worker) next to the naive main-thread path.
import { openBrowserDatabase } from '../../src/lib/data/db/duckdb-wasm';
import type { Database } from '../../src/lib/data/db/database';
import type { FilterValue } from '../../src/lib/data/sql/predicates';
import { loadLinkedIndex, type LinkedIndex } from '../../src/lib/data/transform/linked-index';
import { PARTICIPATION_FILTERS } from '../../src/routes/participation/filters';
import { openMainThreadDuckDB, type MainThreadDuckDB } from './duckdb-main';

const longTasks: { start: number; duration: number }[] = [];
new PerformanceObserver((list) => {
	for (const e of list.getEntries()) longTasks.push({ start: e.startTime, duration: e.duration });
}).observe({ type: 'longtask', buffered: true });

let app: Database | null = null;
let naive: MainThreadDuckDB | null = null;
let index: LinkedIndex | null = null;

const fetchBytes = async (url: string) => new Uint8Array(await (await fetch(url)).arrayBuffer());

/** Runs `work`, returning its wall time and the longest main-thread task meanwhile. */
async function timed<T>(work: () => Promise<T>): Promise<{ ms: number; maxLongTask: number; result: T }> {
	const t0 = performance.now();
	const result = await work();
	const t1 = performance.now();
	await new Promise((r) => setTimeout(r, 50)); // let the observer deliver
	const during = longTasks.filter((t) => t.start + t.duration >= t0 && t.start <= t1);
	return { ms: t1 - t0, maxLongTask: Math.max(0, ...during.map((t) => t.duration)), result };
}

const lab = {
	async openApp() {
		await app?.close();
		const t = await timed(() => openBrowserDatabase());
		app = t.result;
		return t.ms;
	},
	async openNaive() {
		await naive?.db.terminate();
		const t = await timed(() => openMainThreadDuckDB());
		naive = t.result;
		return t.ms;
	},
	/** The app's path: Parquet → Arrow in a worker, by row group, into DuckDB, counting rows for its progress. */
	async loadApp(url: string) {
		const bytes = await fetchBytes(url);
		const t = await timed(() => app!.loadParquet('participants', bytes, () => {}));
		return { ms: t.ms, maxLongTask: t.maxLongTask, rows: t.result };
	},
	/** The naive path: the whole file decoded on the main thread, then inserted. */
	async loadNaive(url: string) {
		const bytes = await fetchBytes(url);
		const t = await timed(() => naive!.loadMainThread('participants', bytes));
		return { ms: t.ms, maxLongTask: t.maxLongTask };
	},
	/** DuckDB-WASM alone ingesting the same Arrow data, decoded beforehand (not timed). */
	async ingestOnly(url: string) {
		const ipc = naive!.decode(await fetchBytes(url));
		const t = await timed(() => naive!.ingest('participants', ipc));
		return { ms: t.ms, maxLongTask: t.maxLongTask };
	},
	async dropNaive() {
		await naive!.conn.query('DROP TABLE IF EXISTS participants');
	},
	async query(sql: string) {
		return await app!.query(sql);
	},
	/** One interaction: every chart's query issued at once; done when the last answer is in. */
	async interact(sqls: string[]) {
		const t0 = performance.now();
		await Promise.all(sqls.map((s) => app!.query(s)));
		return performance.now() - t0;
	},
	/** The app's path: the cube cells read once from the engine into an in-memory index. */
	async buildIndex() {
		const t = await timed(() => loadLinkedIndex(app!, PARTICIPATION_FILTERS));
		index = t.result;
		return { ms: t.ms, maxLongTask: t.maxLongTask, cells: index.size };
	},
	/** One interaction answered by the index (every linked panel), as the app does it. */
	answerIndex(values: Record<string, FilterValue>) {
		const t0 = performance.now();
		index!.answer(values);
		return performance.now() - t0;
	},
	heapMB() {
		const memory = (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory;
		return memory ? memory.usedJSHeapSize / 2 ** 20 : null;
	}
};

(window as unknown as { lab: typeof lab }).lab = lab;
document.documentElement.dataset.lab = 'ready';

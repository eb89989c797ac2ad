import type { Database } from '$lib/data/db/database';
import type { DatasetInfo, Manifest } from '$lib/data/catalog/manifest';
import { ident } from '$lib/data/sql/sql';
import { fetchManifest, loadDatasets, loadFraction, type DatasetLoadState } from '$lib/data/db/load-datasets';

export type EngineStatus = 'idle' | 'loading' | 'ready' | 'error';

/**
 * The in-browser engine as the UI sees it: status, per-dataset progress and the database once ready.
 * One instance per page load; pages ask for the datasets they need, in the order they need them.
 */
export class Engine {
	status = $state<EngineStatus>('idle');
	error = $state<string | null>(null);
	progress = $state<Record<string, DatasetLoadState>>({});
	manifest = $state.raw<Manifest | null>(null);
	db = $state.raw<Database | null>(null);
	/** Asked to start (by a reader's intent, a query or idle time on a fast link); idle until then. */
	started = $derived(this.status !== 'idle');
	/** The engine's own files (DuckDB's WASM), as DuckDB reports fetching them. */
	engineBytes = $state({ loaded: 0, total: 0 });
	/** Bytes to download before the datasets asked for are tables: the engine's files and the datasets' Parquet. */
	download = $derived(downloadBytes(this.engineBytes, this.progress, this.manifest));
	/** How far the datasets asked for have loaded, 0–1, each weighing its file size. */
	loaded = $derived(
		loadFraction(this.progress, Object.fromEntries(this.manifest?.datasets.map((d) => [d.name, d.bytes]) ?? []))
	);

	#dataUrl: string;
	#customOpen: (() => Promise<Database>) | undefined;
	#open: () => Promise<Database>;
	#booting: Promise<Database> | null = null;
	// Bookkeeping of in-flight loads, not UI state.
	// eslint-disable-next-line svelte/prefer-svelte-reactivity
	#loaded = new Map<string, Promise<void>>();
	#pending = 0;

	/**
	 * The datasets the current page's charts read. Starting loads them all, so "ready" means every chart on
	 * the page can answer, not only those already hydrated.
	 */
	#pageTables: () => readonly string[];

	constructor(options: { dataUrl: string; open?: () => Promise<Database>; pageTables?: () => readonly string[] }) {
		this.#dataUrl = options.dataUrl;
		this.#customOpen = options.open;
		this.#pageTables = options.pageTables ?? (() => []);
		// Imported on demand so no WASM is fetched before the first (prerendered) chart is on screen.
		this.#open =
			options.open ??
			(() =>
				import('$lib/data/db/duckdb-wasm').then((m) =>
					m.openBrowserDatabase({
						onstopped: (error) => this.#stopped(error),
						onprogress: (loaded, total) => (this.engineBytes = { loaded, total })
					})
				));
	}

	/** Another engine, opened the same way, over other data files (a data release's); its own tables and status. */
	withData(dataUrl: string): Engine {
		return new Engine({ dataUrl, open: this.#customOpen });
	}

	/**
	 * Starts the engine without waiting for it: on a reader's first sign of intent (pointer down or focus
	 * on a control that queries), so the download overlaps the rest of their gesture.
	 */
	start() {
		if (this.status === 'idle') this.withTables(this.#pageTables()).catch(() => {});
	}

	/** Resolves when every named dataset is a table; the first call boots the engine. */
	async withTables(names: readonly string[]): Promise<Database> {
		this.#pending++;
		// Asking for tables already loaded is not loading: the status stays ready (no flicker in the header).
		if (!this.db || !names.every((n) => this.#isTable(n))) this.#setStatus('loading');
		try {
			const db = await this.#boot();
			const manifest = this.manifest!;
			// Tables uploaded in this session count as loaded, whether or not the manifest names them.
			const wanted = names
				.filter((n) => !(n in this.uploaded))
				.map((n) => {
					const info = manifest.datasets.find((d) => d.name === n);
					if (!info) throw new Error(`Unknown dataset "${n}" (not in data/manifest.json)`);
					return info;
				});
			await Promise.all(wanted.map((d) => this.#loadOnce(db, d)));
			return db;
		} catch (e) {
			this.error = e instanceof Error ? e.message : String(e);
			throw e;
		} finally {
			this.#pending--;
			// Ready only when no request is still loading and none has failed.
			if (this.error) this.#setStatus('error');
			else if (this.#pending === 0) this.#setStatus('ready');
		}
	}

	/** Tables replaced or added by an upload in this session: name → rows (see replaceTable). */
	uploaded = $state.raw<Record<string, number>>({});
	/** Bumped whenever a table's contents change, so live panels can re-query. */
	revision = $state(0);
	/** `liveQuery` answers of this engine on screen, so a page can tell when its figures are this engine's data. */
	answered = $state(0);
	/** `liveQuery` questions this engine failed (e.g. a release's data without a column the query reads). */
	unanswered = $state(0);
	/** `liveQuery` questions asked of this engine and not answered yet. */
	asking = $state(0);

	/**
	 * Loads uploaded Parquet bytes as table `name` for this page session only: replaces a bundled
	 * dataset's table (the bundled file is untouched) or adds a new table.
	 */
	async replaceTable(name: string, bytes: Uint8Array): Promise<number> {
		const db = await this.#boot();
		// Let a bundled load in flight finish first, so it cannot overwrite the upload.
		await this.#loaded.get(name)?.catch(() => {});
		const rows = await db.loadParquet(name, bytes);
		this.uploaded = { ...this.uploaded, [name]: rows };
		this.revision++;
		return rows;
	}

	/** Drops an uploaded table and, for a bundled dataset, loads the bundled file again. */
	async restoreTable(name: string): Promise<void> {
		const db = await this.#boot();
		const { [name]: _dropped, ...rest } = this.uploaded;
		this.uploaded = rest;
		this.#loaded.delete(name);
		const info = this.manifest?.datasets.find((d) => d.name === name);
		if (info) await this.#loadOnce(db, info);
		else await db.query(`DROP TABLE IF EXISTS ${ident(name)}`);
		this.revision++;
	}

	/** Forgets a failed start so the next `withTables` tries again. */
	retry() {
		this.#booting = null;
		this.#loaded.clear();
		this.error = null;
		this.#setStatus('idle');
	}

	#boot(): Promise<Database> {
		this.#booting ??= (async () => {
			const [manifest, db] = await Promise.all([fetchManifest(this.#dataUrl), this.#open()]);
			this.manifest = manifest;
			this.db = db;
			return db;
		})();
		return this.#booting;
	}

	#loadOnce(db: Database, info: DatasetInfo): Promise<void> {
		let loading = this.#loaded.get(info.name);
		if (!loading) {
			loading = loadDatasets(db, [info], {
				dataUrl: this.#dataUrl,
				onprogress: (name, state) => (this.progress = { ...this.progress, [name]: state })
			});
			this.#loaded.set(info.name, loading);
		}
		return loading;
	}

	/** The engine died after start-up: say so (Retry reloads); the prerendered and last figures stay on screen. */
	#stopped(error: Error) {
		this.error = error.message;
		this.#setStatus('error');
	}

	#isTable(name: string): boolean {
		return name in this.uploaded || (this.#loaded.has(name) && this.progress[name]?.state === 'ready');
	}

	#setStatus(status: EngineStatus) {
		if (status === this.status) return;
		this.status = status;
		if (typeof document !== 'undefined') document.documentElement.dataset.engine = status;
	}
}

/** Bytes fetched and to fetch: the engine's files, then each dataset asked for (its Parquet file's size). */
function downloadBytes(
	engine: { loaded: number; total: number },
	progress: Record<string, DatasetLoadState>,
	manifest: Manifest | null
): { loaded: number; total: number } {
	let { loaded, total } = engine;
	for (const [name, p] of Object.entries(progress)) {
		const bytes = manifest?.datasets.find((d) => d.name === name)?.bytes ?? 0;
		total += bytes;
		loaded +=
			p.state === 'fetching' ? Math.min(p.loaded, bytes) : p.state === 'waiting' || p.state === 'error' ? 0 : bytes;
	}
	return { loaded, total };
}

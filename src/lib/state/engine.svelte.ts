import type { Database } from '$lib/data/db/database';
import type { DatasetInfo, Manifest } from '$lib/data/catalog/manifest';
import { fetchManifest, loadDatasets, type DatasetLoadState } from '$lib/data/db/load-datasets';

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

	#dataUrl: string;
	#open: () => Promise<Database>;
	#booting: Promise<Database> | null = null;
	// Bookkeeping of in-flight loads, not UI state.
	// eslint-disable-next-line svelte/prefer-svelte-reactivity
	#loaded = new Map<string, Promise<void>>();
	#pending = 0;

	constructor(options: { dataUrl: string; open?: () => Promise<Database> }) {
		this.#dataUrl = options.dataUrl;
		// Imported on demand so no WASM is fetched before the first (prerendered) chart is on screen.
		this.#open =
			options.open ?? (() => import('$lib/data/db/duckdb-wasm').then((m) => m.openBrowserDatabase()));
	}

	/** Resolves when every named dataset is a table; the first call boots the engine. */
	async require(names: readonly string[]): Promise<Database> {
		this.#pending++;
		this.#setStatus('loading');
		try {
			const db = await this.#boot();
			const manifest = this.manifest!;
			const wanted = names.map((n) => {
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

	/** Forgets a failed start so the next `require` tries again. */
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

	#setStatus(status: EngineStatus) {
		this.status = status;
		if (typeof document !== 'undefined') document.documentElement.dataset.engine = status;
	}
}

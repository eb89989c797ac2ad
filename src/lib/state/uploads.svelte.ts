import { rowsToArrow } from '$lib/data/catalog/arrow-records';
import type { CategoryMap } from '$lib/data/catalog/category-map';
import { DATASETS } from '$lib/data/catalog/datasets';
import { MAX_UPLOAD_BYTES, validateUpload } from '$lib/data/catalog/validate-upload';
import { browserParquet } from '$lib/data/db/parquet-browser';
import type { Engine } from './engine.svelte';

/**
 * Uploaded files, read and checked in the browser only (never sent anywhere), loaded into the engine
 * for this page session: a file matching a dataset replaces it; any other file becomes a new table.
 */
export class Uploads {
	busy = $state(false);
	error = $state<string | null>(null);
	details = $state.raw<string[]>([]);
	message = $state('');
	#engine: Engine;
	#categoryMap: CategoryMap;

	/** `categoryMap`: the one the build harmonised the bundled data with, so uploads are harmonised exactly alike. */
	constructor(engine: Engine, categoryMap: CategoryMap) {
		this.#engine = engine;
		this.#categoryMap = categoryMap;
	}

	async upload(file: File) {
		this.busy = true;
		this.error = null;
		this.details = [];
		this.message = '';
		try {
			if (file.size > MAX_UPLOAD_BYTES) {
				this.error = `${file.name} is too large for this browser (${Math.round(file.size / 1048576)} MB; the limit is ${MAX_UPLOAD_BYTES / 1048576} MB).`;
				return;
			}
			const bytes = new Uint8Array(await file.arrayBuffer());
			const pq = await browserParquet();
			const result = validateUpload(file.name, bytes, {
				specs: DATASETS,
				map: this.#categoryMap,
				decodeParquet: (b) => pq.readParquet(b).intoIPCStream()
			});
			if (!result.ok) {
				this.error = `${result.error} Nothing was changed: the bundled data is still in use.`;
				this.details = result.details;
				return;
			}
			// Re-encoded from the validated, typed rows so the table has exactly the declared column types.
			const parquet = pq.writeParquet(pq.Table.fromIPCStream(rowsToArrow(result.columns, result.rows)));
			const name = result.target === 'replace' ? result.spec.name : result.name;
			const rows = await this.#engine.replaceTable(name, parquet);
			this.message =
				result.target === 'replace'
					? `${file.name} replaces "${result.spec.title}" (${name}) for this session: ${rows} rows. Every dashboard now uses it.`
					: `${file.name} matches no dataset; loaded as the new table ${name} (${rows} rows) for Explore.`;
		} catch (e) {
			this.error = `${file.name} could not be loaded: ${e instanceof Error ? e.message : String(e)}. Nothing was changed.`;
		} finally {
			this.busy = false;
		}
	}

	async reset(name: string) {
		await this.#engine.restoreTable(name);
		this.message = `${name}: back to the bundled data.`;
		this.error = null;
	}

	async resetAll() {
		for (const name of Object.keys(this.#engine.uploaded)) await this.#engine.restoreTable(name);
		this.message = 'All uploads removed: the bundled data is in use.';
		this.error = null;
	}
}

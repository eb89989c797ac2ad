import { rowsToArrow } from '$lib/data/catalog/arrow-records';
import type { CategoryMap } from '$lib/data/catalog/category-map';
import { DATASETS } from '$lib/data/catalog/datasets';
import type { DecimalMark, Delimiter } from '$lib/data/catalog/csv-dialect';
import type { UploadMessage } from '$lib/data/catalog/upload-message';
import { MAX_UPLOAD_BYTES, validateUpload, type ReadAs } from '$lib/data/catalog/validate-upload';
import { browserParquet } from '$lib/data/db/parquet-browser';
import type { Engine } from './engine.svelte';

/** What the reader chose over what was detected; a new file starts with none. */
export interface UploadChoice {
	delimiter?: Delimiter;
	decimal?: DecimalMark;
	sheet?: string;
}

/**
 * Uploaded files, read and checked in the browser only (never sent anywhere), loaded into the engine
 * for this page session: a file matching a dataset replaces it; any other file becomes a new table.
 */
export class Uploads {
	busy = $state(false);
	// Codes and parameters, worded in the page's language where they are shown (format/upload-text.ts).
	error = $state.raw<UploadMessage | null>(null);
	/** The check refused the file: the bundled data is still in use. */
	refused = $state(false);
	details = $state.raw<UploadMessage[]>([]);
	message = $state.raw<UploadMessage | null>(null);
	/** How the last file was read (separator, decimal mark, encoding, sheet), so the reader can choose otherwise. */
	readAs = $state.raw<ReadAs | null>(null);
	choice = $state.raw<UploadChoice>({});
	#file: File | null = null;
	#engine: Engine;
	#categoryMap: CategoryMap;

	/** `categoryMap`: the one the build harmonised the bundled data with, so uploads are harmonised exactly alike. */
	constructor(engine: Engine, categoryMap: CategoryMap) {
		this.#engine = engine;
		this.#categoryMap = categoryMap;
	}

	/** Reads the file again with the separator, decimal mark or sheet the reader chose, keeping their other choices. */
	reread(choice: UploadChoice) {
		if (this.#file) return this.upload(this.#file, { ...this.choice, ...choice });
	}

	async upload(file: File, choice: UploadChoice = {}) {
		this.busy = true;
		this.error = null;
		this.refused = false;
		this.details = [];
		this.message = null;
		this.readAs = null;
		this.#file = file;
		this.choice = choice;
		try {
			if (file.size > MAX_UPLOAD_BYTES) {
				this.error = { code: 'too_large', file: file.name, bytes: file.size, limit: MAX_UPLOAD_BYTES };
				return;
			}
			const bytes = new Uint8Array(await file.arrayBuffer());
			const pq = await browserParquet();
			// The workbook reader (and its XML parser) is fetched only when a workbook is chosen.
			const xlsx = /\.xlsx$/i.test(file.name) ? await import('$lib/data/catalog/read-xlsx') : null;
			const result = validateUpload(file.name, bytes, {
				specs: DATASETS,
				map: this.#categoryMap,
				decodeParquet: (b) => pq.readParquet(b).intoIPCStream(),
				readWorkbook: xlsx?.readXlsx,
				...choice
			});
			this.readAs = result.readAs ?? null;
			if (!result.ok) {
				[this.error, this.details, this.refused] = [result.error, result.details, true];
				return;
			}
			// Re-encoded from the validated, typed rows so the table has exactly the declared column types.
			const parquet = pq.writeParquet(pq.Table.fromIPCStream(rowsToArrow(result.columns, result.rows)));
			const name = result.target === 'replace' ? result.spec.name : result.name;
			const rows = await this.#engine.replaceTable(name, parquet);
			this.message =
				result.target === 'replace'
					? { code: 'replaced', file: file.name, title: result.spec.title, dataset: name, rows }
					: { code: 'new_table', file: file.name, name, rows };
		} catch (e) {
			this.error = { code: 'load_failed', file: file.name, detail: e instanceof Error ? e.message : String(e) };
		} finally {
			this.busy = false;
		}
	}

	async reset(name: string) {
		await this.#engine.restoreTable(name);
		this.message = { code: 'restored', name };
		this.error = null;
	}

	async resetAll() {
		for (const name of Object.keys(this.#engine.uploaded)) await this.#engine.restoreTable(name);
		this.message = { code: 'restored_all' };
		this.error = null;
	}
}

// Reading a Parquet file in parts (a few row groups each), with either build of parquet-wasm: its ESM
// build in the browser's decoding worker, its Node build in tests and at prerender.

/** The parts of parquet-wasm used here; both builds have them. */
export interface ParquetWasm {
	ParquetFile: { fromFile(file: Blob): Promise<{ metadata(): { numRowGroups(): number }; free(): void }> };
	readParquet(bytes: Uint8Array, options?: { rowGroups?: number[] }): { intoIPCStream(): Uint8Array };
}

/** How many row groups the file has (read from its footer). */
export async function rowGroupCount(pq: ParquetWasm, bytes: Uint8Array): Promise<number> {
	const file = await pq.ParquetFile.fromFile(new Blob([bytes as Uint8Array<ArrayBuffer>]));
	try {
		return file.metadata().numRowGroups();
	} finally {
		file.free();
	}
}

/** These row groups of a file of `groups` groups, as an Arrow IPC stream. */
export function readRowGroups(pq: ParquetWasm, bytes: Uint8Array, groups: number, part: number[]): Uint8Array {
	// An empty file still yields its schema, so the table is created.
	return pq.readParquet(bytes, groups === 0 ? {} : { rowGroups: part }).intoIPCStream();
}

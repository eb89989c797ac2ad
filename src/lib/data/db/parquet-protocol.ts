/** Messages between the main thread and the Parquet decoding worker (parquet-worker.ts). */
export type DecodeRequest =
	/** First message: parquet-wasm's module, downloaded by the page's download worker (counting its bytes). */
	| { type: 'init'; wasm: Blob }
	| { type: 'open'; id: number; bytes: Uint8Array }
	/** Reads these row groups (several at once: fewer, larger inserts). */
	| { type: 'read'; id: number; groups: number[] }
	| { type: 'close'; id: number };

export type DecodeReply =
	| { type: 'opened'; id: number; groups: number }
	| { type: 'chunk'; id: number; ipc: Uint8Array }
	| { type: 'error'; id: number; message: string };

/** At most this many inserts per file: each re-reads the file's footer and appends to the table. */
const MAX_CHUNKS = 8;

/** Row group indexes split into at most MAX_CHUNKS consecutive runs ([[]] for a file without row groups). */
export function chunkGroups(groups: number): number[][] {
	if (groups <= 0) return [[]];
	const size = Math.ceil(groups / MAX_CHUNKS);
	return Array.from({ length: Math.ceil(groups / size) }, (_, i) =>
		Array.from({ length: Math.min(size, groups - i * size) }, (_, j) => i * size + j)
	);
}

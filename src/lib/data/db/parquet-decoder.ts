// Browser only: the main thread's side of the Parquet decoding worker.
import ParquetWorker from './parquet-worker?worker';
import { chunkGroups, type DecodeReply, type DecodeRequest } from './parquet-protocol';

/** Arrow IPC streams, one per Parquet row group, in file order. */
export type IpcChunks = AsyncIterable<Uint8Array>;
export type ParquetWorkerDecoder = ((bytes: Uint8Array) => IpcChunks) & { terminate(): void };

/**
 * Decodes Parquet in a dedicated worker, a few row groups at a time (the next is decoded while the caller
 * ingests the current one), so neither the main thread nor memory holds the whole decoded file.
 */
export function createParquetDecoder(wasm: Promise<Blob>): ParquetWorkerDecoder {
	let nextId = 0;
	const waiting = new Map<number, { resolve: (r: DecodeReply) => void; reject: (e: Error) => void }>();
	// Started now so parquet-wasm instantiates while DuckDB-WASM boots.
	let worker: Worker | null = start();

	function start(): Worker {
		const w = new ParquetWorker();
		wasm.then((blob) => w.postMessage({ type: 'init', wasm: blob } satisfies DecodeRequest)).catch(() => {});
		w.onmessage = ({ data }: MessageEvent<DecodeReply>) => {
			const pending = waiting.get(data.id);
			waiting.delete(data.id);
			if (data.type === 'error') pending?.reject(new Error(data.message));
			else pending?.resolve(data);
		};
		w.onerror = (e) => {
			for (const p of waiting.values()) p.reject(new Error(`Parquet worker failed: ${e.message}`));
			waiting.clear();
		};
		return w;
	}

	async function ask(request: Exclude<DecodeRequest, { type: 'init' }>, transfer: Transferable[] = []): Promise<DecodeReply> {
		// A failed download of parquet-wasm fails every request with its reason.
		await wasm;
		worker ??= start();
		const w = worker;
		return new Promise((resolve, reject) => {
			waiting.set(request.id, { resolve, reject });
			w.postMessage(request, { transfer });
		});
	}

	const decode = (bytes: Uint8Array): IpcChunks => ({
		async *[Symbol.asyncIterator]() {
			const id = nextId++;
			// The bytes move to the worker: the caller must not use them afterwards.
			const opened = await ask({ type: 'open', id, bytes }, [bytes.buffer]);
			const chunks = chunkGroups(opened.type === 'opened' ? opened.groups : 0);
			try {
				const read = (i: number) => {
					const reply = ask({ type: 'read', id, groups: chunks[i] });
					reply.catch(() => {}); // awaited below; no unhandled rejection if the caller stops early
					return reply;
				};
				let ahead = read(0);
				for (let i = 0; i < chunks.length; i++) {
					const reply = await ahead;
					if (i + 1 < chunks.length) ahead = read(i + 1);
					if (reply.type === 'chunk') yield reply.ipc;
				}
			} finally {
				worker?.postMessage({ type: 'close', id } satisfies DecodeRequest);
			}
		}
	});
	const terminate = () => {
		worker?.terminate();
		worker = null;
	};
	return Object.assign(decode, { terminate });
}

// Web Worker: decodes Parquet into Arrow IPC off the main thread, a few row groups per request.
import initParquet, * as pq from 'parquet-wasm/esm';
import type { DecodeReply, DecodeRequest } from './parquet-protocol';
import { readRowGroups, rowGroupCount } from './parquet-parts';

let received: (wasm: Blob) => void;
const ready = new Promise<Blob>((resolve) => (received = resolve))
	.then((wasm) => wasm.arrayBuffer())
	.then((bytes) => initParquet({ module_or_path: bytes }));
// Files being decoded, by request id: their bytes and row group count.
const files = new Map<number, { bytes: Uint8Array; groups: number }>();

const reply = (message: DecodeReply, transfer: Transferable[] = []) => postMessage(message, { transfer });

self.onmessage = async ({ data }: MessageEvent<DecodeRequest>) => {
	if (data.type === 'init') return received(data.wasm);
	const { id } = data;
	try {
		await ready;
		if (data.type === 'open') {
			const groups = await rowGroupCount(pq, data.bytes);
			files.set(id, { bytes: data.bytes, groups });
			reply({ type: 'opened', id, groups });
		} else if (data.type === 'read') {
			const file = files.get(id);
			if (!file) throw new Error(`No open file ${id}`);
			const ipc = readRowGroups(pq, file.bytes, file.groups, data.groups);
			reply({ type: 'chunk', id, ipc }, [ipc.buffer]);
		} else {
			files.delete(id);
		}
	} catch (e) {
		files.delete(id);
		reply({ type: 'error', id, message: e instanceof Error ? e.message : String(e) });
	}
};

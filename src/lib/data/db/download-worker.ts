// Web Worker: downloads the engine's WASM files, in parts, off the main thread. Reading tens of MB of chunks
// and joining them into Blobs on the page was one long main-thread task on a fast link.
import { fetchFiles, type FileParts } from './fetch-with-progress';

/** Page → worker: the files to download. Worker → page: progress, then the files or why not. */
export type DownloadRequest = { files: FileParts[] };
export type DownloadReply =
	| { type: 'progress'; loaded: number; total: number }
	| { type: 'done'; blobs: Blob[] }
	| { type: 'error'; message: string };

const reply = (message: DownloadReply) => postMessage(message);

self.onmessage = async ({ data }: MessageEvent<DownloadRequest>) => {
	try {
		const blobs = await fetchFiles(data.files, 'application/wasm', (loaded, total) =>
			reply({ type: 'progress', loaded, total })
		);
		reply({ type: 'done', blobs });
	} catch (e) {
		reply({ type: 'error', message: e instanceof Error ? e.message : String(e) });
	}
};

/** Bytes of a download so far, of its total: on the wire (compressed) where the server says the compressed size. */
export type OnBytes = (loaded: number, total: number) => void;

/** A file stored in parts a static host accepts (scripts/file-parts.ts): their addresses in order, and sizes. */
export interface FileParts {
	urls: readonly string[];
	sizes: readonly number[];
}

export interface FetchFilesOptions {
	fetcher?: typeof fetch;
	/** At most one report in this many ms, besides the last: a fast link delivers hundreds of chunks at once. */
	reportEveryMs?: number;
	now?: () => number;
}

/**
 * Downloads every part of these files at once and joins each file's parts into a Blob of `type`. Progress
 * is the sum over all parts, reported once every part has its response (so the total is known).
 */
export async function fetchFiles(
	files: readonly FileParts[],
	type: string,
	onbytes: OnBytes,
	{ fetcher = fetch, reportEveryMs = 100, now = () => performance.now() }: FetchFilesOptions = {}
): Promise<Blob[]> {
	const parts = files.flatMap((f) => f.urls.map((url, i) => ({ url, size: f.sizes[i] })));
	const progress = parts.map(() => null as { loaded: number; total: number } | null);
	let reportedAt = -Infinity;
	const report = (i: number) => (loaded: number, total: number) => {
		progress[i] = { loaded, total };
		if (progress.some((p) => !p)) return;
		let sum = { loaded: 0, total: 0 };
		for (const p of progress) sum = { loaded: sum.loaded + p!.loaded, total: sum.total + p!.total };
		const done = sum.loaded === sum.total;
		if (done ? reportedAt === Infinity : now() - reportedAt < reportEveryMs) return;
		reportedAt = done ? Infinity : now();
		onbytes(sum.loaded, sum.total);
	};
	const blobs = await Promise.all(parts.map((p, i) => fetchWithProgress(p.url, p.size, report(i), fetcher)));
	let next = 0;
	return files.map((f) => new Blob(blobs.slice(next, (next += f.urls.length)), { type }));
}

/**
 * Fetches a file whole as a Blob, reporting progress as its body arrives. `rawBytes` is the file's size
 * uncompressed (known at build time): a compressed body is read decompressed, so progress on the wire is
 * the read fraction of `rawBytes` times the Content-Length, when the host sends one.
 */
export async function fetchWithProgress(
	url: string,
	rawBytes: number,
	onbytes: OnBytes,
	fetcher: typeof fetch = fetch
): Promise<Blob> {
	const response = await fetcher(url);
	if (!response.ok || !response.body) throw new Error(`Could not download ${url} (HTTP ${response.status})`);
	const type = response.headers.get('content-type') ?? '';
	const length = Number(response.headers.get('content-length')) || 0;
	const encoded = !/^(|identity)$/i.test(response.headers.get('content-encoding') ?? '');
	const total = length > 0 ? length : rawBytes;
	const onWire = (read: number) => (encoded && length > 0 ? Math.round((read / rawBytes) * length) : read);
	const chunks: Uint8Array[] = [];
	let read = 0;
	onbytes(0, total);
	const reader = response.body.getReader();
	for (;;) {
		const { done, value } = await reader.read();
		if (done) break;
		chunks.push(value);
		read += value.byteLength;
		onbytes(Math.min(onWire(read), total), total);
	}
	onbytes(total, total);
	return new Blob(chunks as BlobPart[], { type });
}

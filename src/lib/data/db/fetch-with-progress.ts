/** Bytes of a download so far, of its total: on the wire (compressed) where the server says the compressed size. */
export type OnBytes = (loaded: number, total: number) => void;

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

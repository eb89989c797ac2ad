// The bytes a static host sends for a file: a precompressed sibling (`.br`, `.gz`) when the build has one and
// the client accepts it, else gzip made once per file, so the bench measures what travels, not the raw build.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname } from 'node:path';
import { promisify } from 'node:util';
import { gzip as gzipCallback } from 'node:zlib';

const gzip = promisify(gzipCallback);

/** Types hosts compress; Parquet and PNG are compressed already. */
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.wasm', '.svg', '.csv', '.webmanifest']);

/** Compressed bytes and their Content-Encoding, or null: send the file as it is. */
export type Encoded = { body: Buffer; encoding: 'br' | 'gzip' } | null;

/** The encodings `accept-encoding` allows, by name (q=0 refuses). */
function accepted(header: string | undefined): Set<string> {
	const names = (header ?? '')
		.split(',')
		.map((part) => part.trim().split(';'))
		.filter(([, q]) => !q || Number(q.trim().replace(/^q=/, '')) > 0)
		.map(([name]) => name.trim().toLowerCase());
	return new Set(names);
}

/** Serves files compressed as a static host would; gzip made on the fly is kept per file and modification time. */
export function compressedFiles() {
	const made = new Map<string, { mtimeMs: number; body: Promise<Buffer> }>();
	const gzipOf = (file: string) => {
		const { mtimeMs } = statSync(file);
		const hit = made.get(file);
		if (hit && hit.mtimeMs === mtimeMs) return hit.body;
		const body = gzip(readFileSync(file));
		made.set(file, { mtimeMs, body });
		return body;
	};
	return async function encode(file: string, acceptEncoding: string | undefined): Promise<Encoded> {
		const ok = accepted(acceptEncoding);
		if (ok.has('br') && existsSync(`${file}.br`)) return { body: readFileSync(`${file}.br`), encoding: 'br' };
		if (ok.has('gzip') && existsSync(`${file}.gz`)) return { body: readFileSync(`${file}.gz`), encoding: 'gzip' };
		if (ok.has('gzip') && COMPRESSIBLE.has(extname(file))) return { body: await gzipOf(file), encoding: 'gzip' };
		return null;
	};
}

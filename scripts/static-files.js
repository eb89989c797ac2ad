// How a static host answers a path: which file of a folder it serves, and with what headers.
import { createHash } from 'node:crypto';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { CODINGS, accepts } from './content-codings.js';

/** @type {Record<string, string>} */
const TYPES = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json',
	'.wasm': 'application/wasm',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.parquet': 'application/vnd.apache.parquet',
	'.gz': 'application/gzip',
	'.csv': 'text/csv; charset=utf-8',
	'.webmanifest': 'application/manifest+json',
	'.txt': 'text/plain; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.xml': 'application/xml'
};

/** Extensions stored precompressed (scripts/precompress.js); Parquet and PNG are compressed already. */
const COMPRESSIBLE = new Set([
	'.html',
	'.js',
	'.mjs',
	'.css',
	'.json',
	'.svg',
	'.wasm',
	'.csv',
	'.webmanifest',
	'.txt',
	'.xml'
]);

/** @param {string} file */
export const contentType = (file) => TYPES[extname(file)] ?? 'application/octet-stream';

/** @param {string} file */
export const compressible = (file) => COMPRESSIBLE.has(extname(file));

/** Hashed build files never change under their name; everything else is revalidated so a new build shows. */
export const cacheControl = (/** @type {string} */ path) =>
	path.includes('/_app/immutable/') ? 'public, max-age=31536000, immutable' : 'no-cache';

/**
 * The file a path under `root` names (`a/b`, `a/b/index.html` or `a/b.html`), never outside `root`.
 * @param {string} root an absolute folder
 * @param {string} rel the path below it, URL-encoded
 * @returns {string | null}
 */
export function fileIn(root, rel) {
	const safe = normalize(decodeURIComponent(rel)).replace(/^(\.\.[/\\])+/, '');
	const candidates = [join(root, safe), join(root, safe, 'index.html'), join(root, `${safe}.html`)];
	return candidates.find((f) => f.startsWith(root) && existsSync(f) && statSync(f).isFile()) ?? null;
}

/** @type {WeakMap<Uint8Array, Map<string, Uint8Array>>} bytes served more than once are compressed once */
const compressedBytes = new WeakMap();

/**
 * Answers a GET or HEAD with `file` as a static host would: its precompressed copy when the request accepts
 * it, the type, length, cache policy and validator, and a 304 when the client's copy is current.
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:http').ServerResponse} res
 * @param {string} file
 * @param {Record<string, string>} [headers] sent as well, e.g. a Content-Security-Policy
 */
export function sendFile(req, res, file, headers = {}) {
	const ok = accepts(req.headers['accept-encoding']);
	const stored = compressible(file) ? CODINGS.filter(({ suffix }) => existsSync(file + suffix)) : [];
	const coding = stored.find(({ name }) => ok(name));
	const sent = file + (coding?.suffix ?? '');
	const { size, mtimeMs } = statSync(sent);
	const etag = `"${size.toString(36)}-${Math.trunc(mtimeMs).toString(36)}"`;
	const write = () => void createReadStream(sent).pipe(res);
	respond(req, res, { type: contentType(file), coding, vary: stored.length > 0, size, etag, write }, headers);
}

/**
 * Answers as `sendFile` would if `bytes` were stored at `path` with their precompressed copies: they are
 * compressed on the fly, as scripts/precompress.js would have, and kept while the caller keeps `bytes`.
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:http').ServerResponse} res
 * @param {string} path its name decides the type and whether it is compressed
 * @param {Uint8Array} bytes
 * @param {Record<string, string>} [headers]
 */
export function sendBytes(req, res, path, bytes, headers = {}) {
	const ok = accepts(req.headers['accept-encoding']);
	const coding = compressible(path) ? CODINGS.find(({ name }) => ok(name)) : undefined;
	let body = bytes;
	if (coding) {
		const kept = compressedBytes.get(bytes) ?? new Map();
		compressedBytes.set(bytes, kept);
		body = kept.get(coding.name) ?? coding.compress(bytes);
		kept.set(coding.name, body);
	}
	const etag = `"${createHash('sha256').update(body).digest('base64url')}"`;
	const write = () => void res.end(body);
	respond(
		req,
		res,
		{ type: contentType(path), coding, vary: compressible(path), size: body.length, etag, write },
		headers
	);
}

/**
 * The answer both senders give: 405 for other methods, else the headers, a 304 or the body.
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:http').ServerResponse} res
 * @param {{ type: string, coding: import('./content-codings.js').Coding | undefined, vary: boolean, size: number, etag: string, write: () => void }} sent
 * @param {Record<string, string>} headers
 */
function respond(req, res, { type, coding, vary, size, etag, write }, headers) {
	if (req.method !== 'GET' && req.method !== 'HEAD') {
		return void res.writeHead(405, { Allow: 'GET, HEAD', 'Content-Type': 'text/plain' }).end('Method not allowed');
	}
	const common = {
		'Content-Type': type,
		'Cache-Control': cacheControl(new URL(req.url ?? '/', 'http://localhost').pathname),
		ETag: etag,
		...(vary ? { Vary: 'Accept-Encoding' } : {}),
		...headers
	};
	if (req.headers['if-none-match'] === etag) return void res.writeHead(304, common).end();
	res.writeHead(200, { ...common, ...(coding ? { 'Content-Encoding': coding.name } : {}), 'Content-Length': size });
	if (req.method === 'HEAD') return void res.end();
	write();
}

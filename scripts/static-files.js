// How a static host answers a path: which file of a folder it serves, and with what content type.
import { existsSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';

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
	'.csv': 'text/csv; charset=utf-8',
	'.webmanifest': 'application/manifest+json'
};

/** @param {string} file */
export const contentType = (file) => TYPES[extname(file)] ?? 'application/octet-stream';

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

// Serves the static build (build/) on localhost, under BASE_PATH when set, as a static host would:
// precompressed files, cache headers and the CSP header (docs/deploy.md).
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { extname, resolve } from 'node:path';
import { fileIn, sendFile } from './static-files.js';

const root = resolve(process.argv[2] ?? 'build');
const port = Number(process.env.PORT ?? 4173);
const base = (process.env.BASE_PATH ?? '').replace(/\/$/, '');
const KEYWORDS = new Set(['self', 'none', 'unsafe-inline', 'wasm-unsafe-eval', 'unsafe-eval', 'strict-dynamic']);
/** The site's policy without page hashes, from svelte.config.js: what workers' scripts and data files are served with. */
const { default: config } = await import(new URL('../svelte.config.js', import.meta.url).href);
const basePolicy = Object.entries(config.kit.csp.directives)
	.map(([k, vs]) => [k, ...vs.map((v) => (KEYWORDS.has(v) ? `'${v}'` : v))].join(' '))
	.join('; ');

/** A page's own policy (its meta tag carries the hashes of its inline scripts): the header says the same. */
function policyFor(file) {
	if (extname(file) !== '.html') return basePolicy;
	const meta = /<meta http-equiv="content-security-policy" content="([^"]+)"/i.exec(readFileSync(file, 'utf8'));
	return meta ? meta[1].replaceAll('&#39;', "'").replaceAll('&quot;', '"') : basePolicy;
}

function fileFor(pathname) {
	if (!pathname.startsWith(base + '/') && pathname !== base) return null;
	return fileIn(root, pathname.slice(base.length));
}

createServer((req, res) => {
	const { pathname } = new URL(req.url ?? '/', 'http://localhost');
	const file = fileFor(pathname);
	if (!file) {
		res.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
		return;
	}
	// A meta policy binds the document only: a worker takes its policy from the header its script is served with.
	sendFile(req, res, file, { 'Content-Security-Policy': policyFor(file) });
}).listen(port, '127.0.0.1', () => {
	console.log(`IGF Metrics: http://127.0.0.1:${port}${base}/`);
});

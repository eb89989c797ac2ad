// Serves the static build (build/) on localhost, under BASE_PATH when set, as a static host would.
import { createServer } from 'node:http';
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { join, extname, normalize, resolve } from 'node:path';

const root = resolve(process.argv[2] ?? 'build');
const port = Number(process.env.PORT ?? 4173);
const base = (process.env.BASE_PATH ?? '').replace(/\/$/, '');
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
	const rel = normalize(decodeURIComponent(pathname.slice(base.length))).replace(/^(\.\.[/\\])+/, '');
	const candidates = [join(root, rel), join(root, rel, 'index.html'), join(root, `${rel}.html`)];
	return candidates.find((f) => f.startsWith(root) && existsSync(f) && statSync(f).isFile()) ?? null;
}

createServer((req, res) => {
	const { pathname } = new URL(req.url ?? '/', 'http://localhost');
	const file = fileFor(pathname);
	if (!file) {
		res.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
		return;
	}
	// A meta policy binds the document only: a worker takes its policy from the header its script is served with.
	res.writeHead(200, {
		'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
		'Content-Security-Policy': policyFor(file)
	});
	createReadStream(file).pipe(res);
}).listen(port, '127.0.0.1', () => {
	console.log(`IGF Metrics: http://127.0.0.1:${port}${base}/`);
});

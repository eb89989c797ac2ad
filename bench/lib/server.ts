// Serves the app's static build at / and the benchmark's pages and data under /__bench/, on localhost only.
import { createServer, type Server } from 'node:http';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json',
	'.wasm': 'application/wasm',
	'.svg': 'image/svg+xml',
	'.parquet': 'application/vnd.apache.parquet',
	'.csv': 'text/csv; charset=utf-8'
};

export interface BenchServerOptions {
	buildDir: string;
	pagesDir: string;
	/** Folder of the Parquet files served under /__bench/data/. */
	dataDir: string;
	port: number;
}

function fileIn(root: string, rel: string): string | null {
	const safe = normalize(decodeURIComponent(rel)).replace(/^(\.\.[/\\])+/, '');
	const candidates = [join(root, safe), join(root, safe, 'index.html'), join(root, `${safe}.html`)];
	return candidates.find((f) => f.startsWith(root) && existsSync(f) && statSync(f).isFile()) ?? null;
}

export function startBenchServer(options: BenchServerOptions): Promise<{ url: string; server: Server }> {
	const mounts: [string, string][] = [
		['/__bench/pages/', resolve(options.pagesDir)],
		['/__bench/data/', resolve(options.dataDir)],
		['/', resolve(options.buildDir)]
	];
	const server = createServer((req, res) => {
		const { pathname } = new URL(req.url ?? '/', 'http://localhost');
		const mount = mounts.find(([prefix]) => pathname.startsWith(prefix));
		const file = mount ? fileIn(mount[1], pathname.slice(mount[0].length)) : null;
		if (!file) return void res.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
		const headers = {
			'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
			'Content-Length': statSync(file).size
		};
		res.writeHead(200, headers);
		createReadStream(file).pipe(res);
	});
	return new Promise((ok, fail) => {
		server.once('error', fail);
		server.listen(options.port, '127.0.0.1', () => ok({ url: `http://127.0.0.1:${options.port}`, server }));
	});
}

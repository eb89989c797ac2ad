import { readFileSync, readdirSync, existsSync, createReadStream } from 'node:fs';
import { join, resolve, extname } from 'node:path';
import type { Plugin } from 'vite';

/**
 * Files of data/ the app serves under `<base>/datasets/`: the manifest, the Parquet files, their sourced CSVs
 * and each recorded release's manifest and Parquet files (`releases/<id>/`, for pages pinned to a release).
 */
export function dataFiles(dataDir: string): string[] {
	const top = readdirSync(dataDir).filter((f) => f.endsWith('.parquet') || f === 'manifest.json');
	const sourcesDir = join(dataDir, 'sources');
	const sources = existsSync(sourcesDir)
		? readdirSync(sourcesDir)
				.filter((f) => f.endsWith('.csv'))
				.map((f) => `sources/${f}`)
		: [];
	return [...top, ...sources, ...releaseFiles(join(dataDir, 'releases'))];
}

function releaseFiles(releasesDir: string): string[] {
	if (!existsSync(releasesDir)) return [];
	return readdirSync(releasesDir, { withFileTypes: true })
		.filter((e) => e.isDirectory() && !e.name.endsWith('.partial'))
		.flatMap((e) =>
			readdirSync(join(releasesDir, e.name))
				.filter((f) => f.endsWith('.parquet') || f === 'manifest.json')
				.map((f) => `releases/${e.name}/${f}`)
		);
}

const TYPES: Record<string, string> = {
	'.parquet': 'application/vnd.apache.parquet',
	'.json': 'application/json',
	'.csv': 'text/csv; charset=utf-8'
};

/** Serves data/ in dev and copies it into the client build, so the bundled data ships with the static site. */
export function bundledData(dataDir = resolve(process.env.IGF_DATA_DIR ?? 'data')): Plugin {
	let ssr = false;
	return {
		name: 'igf-bundled-data',
		configResolved(config) {
			ssr = Boolean(config.build.ssr);
		},
		configureServer(server) {
			server.middlewares.use((req, res, next) => {
				const base = server.config.base.replace(/\/$/, '');
				const url = decodeURIComponent((req.url ?? '').split('?')[0]);
				const prefix = `${base}/datasets/`;
				if (!url.startsWith(prefix)) return next();
				const name = url.slice(prefix.length);
				if (!dataFiles(dataDir).includes(name)) return next();
				res.setHeader('Content-Type', TYPES[extname(name)] ?? 'application/octet-stream');
				createReadStream(join(dataDir, name)).pipe(res);
			});
		},
		generateBundle() {
			if (ssr) return;
			for (const name of dataFiles(dataDir)) {
				this.emitFile({ type: 'asset', fileName: `datasets/${name}`, source: readFileSync(join(dataDir, name)) });
			}
		}
	};
}

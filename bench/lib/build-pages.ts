// Bundles the benchmark's own pages (bench/pages/*.ts) with esbuild, resolving Vite's `?url`, `?worker`
// and `?parts` imports the way the app's build does, so the lab page runs the app's engine code as is.
import { copyFileSync, mkdirSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import * as esbuild from 'esbuild';
import { writeParts } from '../../scripts/file-parts';
import { precompress } from '../../scripts/precompress.js';

/** URL path the bench server serves `bench/out/pages` under. */
export const PAGES_URL = '/__bench/pages';

function vitePlugin(root: string, outDir: string): esbuild.Plugin {
	const locate = (spec: string, importer: string) =>
		spec.startsWith('.') ? resolve(dirname(importer), spec) : join(root, 'node_modules', spec);
	return {
		name: 'vite-imports',
		setup(build) {
			build.onResolve({ filter: /\?(url|worker|parts)$/ }, (args) => {
				const [spec, kind] = args.path.split('?');
				return { path: locate(spec, args.importer), namespace: kind };
			});
			build.onLoad({ filter: /.*/, namespace: 'url' }, (args) => {
				mkdirSync(join(outDir, 'assets'), { recursive: true });
				copyFileSync(args.path, join(outDir, 'assets', basename(args.path)));
				return {
					contents: `export default ${JSON.stringify(`${PAGES_URL}/assets/${basename(args.path)}`)};`,
					loader: 'js'
				};
			});
			// As the app's build stores it (scripts/vite-plugin-file-parts.ts).
			build.onLoad({ filter: /.*/, namespace: 'parts' }, (args) => {
				const { files, sizes } = writeParts(args.path, join(outDir, 'assets'));
				const urls = files.map((f) => `${PAGES_URL}/${relative(outDir, f).split(sep).join('/')}`);
				return { contents: `export default ${JSON.stringify({ urls, sizes })};`, loader: 'js' };
			});
			build.onLoad({ filter: /.*/, namespace: 'worker' }, async (args) => {
				const entry = args.path.endsWith('.ts') ? args.path : `${args.path}.ts`;
				const name = basename(entry).replace(/\.ts$/, '.js');
				await bundle(root, [entry], join(outDir, 'workers'), outDir);
				const url = `${PAGES_URL}/workers/${name}`;
				return {
					contents: `export default class extends Worker { constructor() { super(${JSON.stringify(url)}, { type: 'module' }); } }`,
					loader: 'js'
				};
			});
		}
	};
}

async function bundle(root: string, entries: string[], outdir: string, assetsRoot: string) {
	await esbuild.build({
		entryPoints: entries,
		outdir,
		bundle: true,
		format: 'esm',
		platform: 'browser',
		target: 'es2022',
		minify: true,
		logLevel: 'error',
		alias: { $lib: join(root, 'src', 'lib') },
		plugins: [vitePlugin(root, assetsRoot)]
	});
}

/** Builds bench/pages into bench/out/pages; returns the output folder. */
export async function buildBenchPages(root: string): Promise<string> {
	const src = join(root, 'bench', 'pages');
	const out = join(root, 'bench', 'out', 'pages');
	mkdirSync(out, { recursive: true });
	await bundle(root, [join(src, 'naive.ts'), join(src, 'lab.ts')], out, out);
	for (const html of ['naive.html', 'lab.html']) copyFileSync(join(src, html), join(out, html));
	// Served precompressed like the app's build, so the lab and the app are compared over the same bytes.
	await precompress(out);
	return out;
}

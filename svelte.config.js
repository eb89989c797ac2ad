import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { precompress } from './scripts/precompress.js';
import { languageBuild } from './scripts/language-build.js';

/** A deployment under a sub-path sets BASE_PATH, e.g. BASE_PATH=/igf-metrics npm run build. */
const base = process.env.BASE_PATH ?? '';
/** Parallel builds (e.g. a base-path test) can write elsewhere than build/. */
const out = process.env.BUILD_DIR ?? 'build';
const staticSite = adapter({ pages: out, assets: out, fallback: undefined, strict: true });
/** How one language's build (scripts/build-site.ts) prerenders; undefined for a build of every language at once. */
const language = languageBuild(process.env, base);

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		// Every compressible file also as .br and .gz (docs/deploy.md). Not the adapter's `precompress`: it skips
		// .csv and .webmanifest, and compresses the engine anew, at brotli's slowest, on every build.
		adapter: {
			...staticSite,
			async adapt(builder) {
				await staticSite.adapt(builder);
				// A language's build is compressed once merged with the others.
				if (language) return;
				builder.log.minor('Compressing files (.br, .gz)');
				await precompress(out);
			}
		},
		outDir: process.env.KIT_OUT_DIR ?? '.svelte-kit',
		paths: { base, relative: true },
		prerender: { handleHttpError: 'fail', handleMissingId: 'fail', ...language },
		// The language builds of one site share a version, so a page and the service worker agree on it.
		...(process.env.SITE_VERSION ? { version: { name: process.env.SITE_VERSION } } : {}),
		// Registered by the root layout once the engine has settled (src/routes/+layout.svelte).
		serviceWorker: { register: false },
		// Strict CSP, emitted as a <meta> tag with hashes of SvelteKit's inline scripts (see docs/deploy.md
		// for the header deployers add: frame-ancestors cannot be set by a meta tag).
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				// 'wasm-unsafe-eval' lets DuckDB-WASM and parquet-wasm compile WebAssembly; nothing else evaluates code.
				'script-src': ['self', 'wasm-unsafe-eval'],
				'worker-src': ['self'],
				// blob: only for the engine's WASM, which the page downloads itself to show its progress in bytes.
				'connect-src': ['self', 'blob:'],
				// Inline style attributes (Svelte, SVG) only; no inline script or event handler is allowed.
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:', 'blob:'],
				'font-src': ['self'],
				'manifest-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		}
	}
};

export default config;

import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** A deployment under a sub-path sets BASE_PATH, e.g. BASE_PATH=/igf-metrics npm run build. */
const base = process.env.BASE_PATH ?? '';
/** Parallel builds (e.g. a base-path test) can write elsewhere than build/. */
const out = process.env.BUILD_DIR ?? 'build';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		adapter: adapter({ pages: out, assets: out, fallback: undefined, strict: true }),
		outDir: process.env.KIT_OUT_DIR ?? '.svelte-kit',
		paths: { base, relative: true },
		prerender: { handleHttpError: 'fail', handleMissingId: 'fail' }
	}
};

export default config;

// See https://svelte.dev/docs/kit/types#app.d.ts
import type { ReleaseStamp } from '$lib/data/release/release';

declare global {
	namespace App {
		interface PageData {
			/** The datasets the page's live charts read: starting the engine loads them all (the Engine's pageTables option). */
			liveTables?: readonly string[];
			/** The data release this build shows (root layout's load): footer and citations. */
			release?: ReleaseStamp | null;
		}
	}
}
export {};

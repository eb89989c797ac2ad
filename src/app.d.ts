// See https://svelte.dev/docs/kit/types#app.d.ts
import type { ReleaseStamp } from '$lib/data/release/release';

declare global {
	namespace App {
		interface PageData {
			/** The data release this build shows (root layout's load): footer and citations. */
			release?: ReleaseStamp | null;
		}
	}
}
export {};

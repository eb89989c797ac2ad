// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
	namespace App {
		interface PageData {
			/** The datasets the page's live charts read: starting the engine loads them all (the Engine's pageTables option). */
			liveTables?: readonly string[];
		}
	}
}
export {};

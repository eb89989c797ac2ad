import { replaceState } from '$app/navigation';
import { page } from '$app/state';

/**
 * How long a page's filters must stay unchanged before the address bar follows them. A replace costs the
 * main thread work (SvelteKit's page state and the browser's session history), and browsers
 * rate-limit history updates: a reader clicking through filters gets one replace when they pause, not
 * one per click, and never one between a click and the charts it updates.
 */
export const ADDRESS_SETTLE_MS = 300;

/**
 * Puts a page's filters, as a URL `search` string, in the address bar (a shallow replace: no navigation) once the filters have
 * settled (ADDRESS_SETTLE_MS after the next paint), so the charts update first. Also never during the page's
 * hydration, when SvelteKit's router is not ready and replaceState throws (which would abort the effects
 * still to run). Returns a function that cancels a replace not yet made: call it when the filters change
 * again or the page goes away.
 */
export function replaceSearchAfterPaint(search: string): () => void {
	let timer: ReturnType<typeof setTimeout> | undefined;
	const frame = requestAnimationFrame(() => {
		timer = setTimeout(() => {
			// location, not page.url: a shallow replaceState does not update page.url.
			const url = `${location.pathname}${search ? `?${search}` : ''}${location.hash}`;
			if (url !== `${location.pathname}${location.search}${location.hash}`) replaceState(url, page.state);
		}, ADDRESS_SETTLE_MS);
	});
	return () => {
		cancelAnimationFrame(frame);
		clearTimeout(timer);
	};
}

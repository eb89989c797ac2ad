import { currentRelease } from '$lib/server/releases';

// Every page names the data release it was built from (footer, citations), read at build time.
export function load() {
	return { release: currentRelease() };
}

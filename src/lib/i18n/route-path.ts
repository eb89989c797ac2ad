/**
 * The address of a route after the base path, in the base language: `/embed/[chart]` with `{ chart: 'x' }`
 * is `/embed/x`. Built from the route rather than the URL, so that it is the same during prerendering
 * (relative base path) and in the browser.
 */
export function routePath(routeId: string | null, params: Record<string, string | undefined>): string {
	if (!routeId) return '/';
	const path = routeId
		.split('/')
		.filter((segment) => !/^\(.+\)$/.test(segment))
		.map((segment) => segment.replace(/\[{1,2}(?:\.\.\.)?(\w+)(?:=\w+)?\]{1,2}/g, (_, name) => params[name] ?? ''))
		.filter((segment, i) => i === 0 || segment !== '')
		.join('/');
	return path === '' ? '/' : path;
}

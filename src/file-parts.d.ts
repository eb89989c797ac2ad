/** A file the build stores in parts (scripts/vite-plugin-file-parts.ts): their addresses in order, and their sizes. */
declare module '*?parts' {
	const parts: import('$lib/data/db/fetch-with-progress').FileParts;
	export default parts;
}

// A built site's pages: the HTML files a build wrote and the addresses they are served at.
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Every file of a build folder, relative to it. */
export function filesIn(dir: string, root = dir): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		return entry.isDirectory() ? filesIn(path, root) : [relative(root, path)];
	});
}

/** Every page file of a build folder, leaving out the scripts' own folder. */
export const pageFiles = (dir: string): string[] =>
	filesIn(dir).filter((file) => file.endsWith('.html') && !file.startsWith('_app/'));

/** The address a page is served at: `funding.html` is `/funding`, `index.html` is `/`. */
export const pagePath = (file: string) => `/${file.replace(/(^|\/)index\.html$/, '').replace(/\.html$/, '')}`;

/** The file a page's address is written to: `/` is `index.html`, `/ar` is `ar.html`, `/ar/data` is `ar/data.html`. */
export const pageFile = (page: string) => (page === '/' ? 'index.html' : `${page.slice(1)}.html`);

/** The pages a build wrote, by address. */
export const pagesOf = (buildDir: string): string[] => pageFiles(buildDir).map(pagePath).sort();

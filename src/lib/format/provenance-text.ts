import { getLocale, type Locale } from '$lib/paraglide/runtime';
import { m } from '$lib/paraglide/messages';
import type { Provenance } from '$lib/export/provenance';

/**
 * An export's README, in the reader's language: the "with sources" ZIP's README.txt and the XLSX "about"
 * sheet. Values a program reads (file, date, URL, SQL, sources) are written as they are, in every language.
 */
export function provenanceReadme(p: Provenance, dataFile: string, locale: Locale = getLocale()): string {
	const o = { locale };
	const what =
		p.shape === 'rows'
			? m.export_what_rows({}, o)
			: p.shape === 'aggregate'
				? m.export_what_aggregate({}, o)
				: m.export_what_sql({}, o);
	const lines = [
		`${p.title} (${p.dataset})`,
		'',
		m.export_readme_file({ file: dataFile, count: p.rows, rows: String(p.rows), date: p.exportedAt }, o),
		m.export_readme_what({ what }, o),
		m.export_readme_filters({ filters: p.filters || m.export_filters_none({}, o) }, o),
		m.export_readme_reopen({ url: p.url }, o),
		m.export_readme_sql({ sql: p.sql }, o),
		''
	];
	if (p.synthetic) lines.push(m.export_readme_synthetic({}, o), '');
	if (p.minCell && p.shape === 'aggregate') lines.push(m.export_readme_suppressed({ n: p.minCell }, o), '');
	if (p.uploaded) lines.push(m.export_readme_uploaded({}, o), '');
	if (p.release) {
		const r = p.release;
		lines.push(
			m.release_readme({ id: r.id, date: r.date }, o),
			...Object.entries(r.sha256).map(([n, d]) => `- ${n} ${d}`)
		);
		if (r.uploaded.length) lines.push(m.release_readme_uploaded({ names: r.uploaded.join(', ') }, o));
		lines.push('');
	}
	lines.push(
		p.sources.length ? m.export_readme_sources({}, o) : m.export_readme_no_sources({}, o),
		...p.sources.map((s) => `- ${s}`),
		''
	);
	return lines.join('\n');
}

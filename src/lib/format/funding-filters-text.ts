import type { FundingFilters } from '$lib/state/funding-filters.svelte';
import { m } from '$lib/paraglide/messages';
import { donorTypeLabel, recipientLabel } from './funding-text';

// Each set filter's name and its values as the reader sees them; URLs and SQL keep the data's values.
const SETS: Record<string, { name: () => string; label: (v: string) => string }> = {
	donor: { name: () => m.print_donor_type(), label: donorTypeLabel },
	recipient: { name: () => m.print_recipient(), label: recipientLabel }
};

/** The funding filters in words, in the page's language: the printed report's header and embeds. */
export function describeFundingFilters(filters: FundingFilters): string {
	const [a, b] = filters.years;
	const parts: string[] = [m.print_years({ from: String(a), to: String(b) })];
	for (const spec of filters.cross.specs) {
		const v = filters.cross.values[spec.key];
		const set = SETS[spec.key];
		if (spec.kind === 'set' && v?.kind === 'set' && v.values.length)
			parts.push(
				`${set?.name() ?? spec.label}: ${v.values.map((x) => set?.label(x) ?? x).join(m.lbl_list_separator())}`
			);
	}
	parts.push(filters.basis === 'usd' ? m.print_basis_usd() : m.print_basis_original());
	return parts.join(m.lbl_list_semicolon());
}

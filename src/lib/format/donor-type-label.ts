import { m } from '$lib/paraglide/messages';

const DONOR_TYPE_LABELS: Record<string, () => string> = {
	government: () => m.donor_government(),
	intergovernmental: () => m.donor_intergovernmental(),
	private_sector: () => m.donor_private_sector(),
	technical_community: () => m.donor_technical_community(),
	civil_society: () => m.donor_civil_society(),
	association: () => m.donor_association()
};
/** A donor type as a reader names it, in the page's language; the value stays the data's. */
export const donorTypeLabel = (t: string) => DONOR_TYPE_LABELS[t]?.() ?? t;

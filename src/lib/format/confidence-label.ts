import { m } from '$lib/paraglide/messages';

const CONFIDENCE: Record<string, () => string> = {
	exact: () => m.lbl_conf_exact(),
	'lower bound': () => m.lbl_conf_lower_bound(),
	'upper bound': () => m.lbl_conf_upper_bound(),
	approximate: () => m.lbl_conf_approximate(),
	secondary: () => m.lbl_conf_secondary(),
	pledge: () => m.lbl_conf_pledge(),
	decision: () => m.lbl_conf_decision()
};
/** How sure a figure is, in the page's language; the data and exports keep the English word. */
export const confidenceLabel = (value: string): string => CONFIDENCE[value]?.() ?? value;

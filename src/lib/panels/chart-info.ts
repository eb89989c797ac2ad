/** A chart's texts, called when a page renders so that each is in that page's language. */
export interface ChartTexts {
	title: () => string;
	basis: () => string;
}

/** Looks a chart up by id in a page's list: its id and recommendation, with title and basis in the page's language. */
export const chartInfo =
	<C extends { id: string }>(charts: readonly C[], texts: Record<C['id'], ChartTexts>) =>
	(id: C['id']) => ({
		...charts.find((c) => c.id === id)!,
		title: texts[id].title(),
		basis: texts[id].basis()
	});

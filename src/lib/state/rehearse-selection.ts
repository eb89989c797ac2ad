import { flushSync } from 'svelte';
import type { FilterValue } from '$lib/data/sql/predicates';
import type { Crossfilter } from './crossfilter.svelte';
import type { FilterSpec } from './url-filters';
import { whenIdle } from './when-idle';

/**
 * The filters with one more value selected in every set filter (the first option not yet selected): a
 * selection that touches every facet a reader can click.
 */
export function trialSelection(
	specs: readonly FilterSpec[],
	values: Readonly<Record<string, FilterValue>>
): Record<string, FilterValue> {
	const trial: Record<string, FilterValue> = { ...values };
	for (const spec of specs) {
		if (spec.kind !== 'set') continue;
		const current = values[spec.key];
		const selected = current?.kind === 'set' ? current.values : [];
		const extra = spec.options.find((o) => !selected.includes(o));
		if (extra != null) trial[spec.key] = { kind: 'set', values: [...selected, extra] };
	}
	return trial;
}

/**
 * How many times the selection is rehearsed, each in its own idle task: V8 optimises what runs again, so
 * one round leaves the first clicks slower than later ones; more rounds than three gain nothing.
 */
const REHEARSALS = 3;

/**
 * Rehearses a selection REHEARSALS times, each when the browser is next idle, so that the reader's first click
 * does not pay for the first runs of the code that applies a selection.
 *
 * The first selection on a page costs more than later ones of the same size: V8 compiles, and optimises
 * for the first time, the code that dims, recolours and recounts every chart. This applies `trialSelection`
 * and puts the very same filter values back, in one task with no frame in between: nothing is painted (nor,
 * as the accessibility tree is updated with the frame, announced: not checked with a screen reader), and the
 * address (which follows the filters only once they have settled) is not written. A round is skipped, and ends the rehearsal, when an element has the focus.
 * Returns a function that cancels the rounds not yet made.
 */
export function rehearseSelection(filters: Crossfilter): () => void {
	let cancel = () => {};
	const rehearse = (round: number) => {
		// A reader already using the page's controls has paid for the first run, or will; and the trial would
		// change, however briefly, the control that has their focus (its pressed state, its count).
		if (document.activeElement && document.activeElement !== document.body) return;
		const before = filters.values;
		// The reader's first click also pays for the first dispatch of a click on the page (the browser's
		// event path and Svelte's delegated handler): one on the body, which no handler acts on, pays it now.
		if (round === 0) document.body.dispatchEvent(new MouseEvent('click', { bubbles: true }));
		try {
			flushSync(() => (filters.values = trialSelection(filters.specs, before)));
		} finally {
			flushSync(() => (filters.values = before));
		}
		if (round + 1 < REHEARSALS) cancel = whenIdle(() => rehearse(round + 1));
	};
	cancel = whenIdle(() => rehearse(0));
	return () => cancel();
}

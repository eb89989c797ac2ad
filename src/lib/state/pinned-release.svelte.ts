import { isReleaseId, resolveReleaseRef, type ListedRelease, type ReleaseRef } from '$lib/data/release/release-ref';
import type { Engine } from './engine.svelte';

/** What a `?release=` asked for, once checked: a pinned release carries its own engine. */
export type Pin =
	| Exclude<ReleaseRef, { kind: 'older' }>
	| (Extract<ReleaseRef, { kind: 'older' }> & { release: PinnedRelease })
	/** Not of the form of a release id (bad characters): never fetched. */
	| { kind: 'invalid'; id: string }
	/** The list of releases could not be fetched, so the id could not be checked. */
	| { kind: 'unchecked'; id: string; error: string };

/**
 * An older release's data in an engine of its own (`<base>/datasets/releases/<id>/`), so a page's live
 * queries answer from that release. `state` says whether the figures on screen are its data yet.
 */
export class PinnedRelease {
	readonly engine: Engine;
	/**
	 * Loading until the release's answers are on screen, every question asked of it answered; failed when its
	 * data could not load or could not answer the figure's queries.
	 */
	state = $derived.by(() => {
		const { status, answered, unanswered, asking } = this.engine;
		if (status === 'error' || (unanswered > 0 && answered === 0)) return 'failed';
		return answered > 0 && asking === 0 ? 'shown' : 'loading';
	});

	constructor(engine: Engine) {
		this.engine = engine;
		this.engine.start();
	}
}

/**
 * Checks `requested` against `<base>/api/releases.json` and, for an older release, starts loading its data
 * in an engine made like the page's (`engine`).
 */
export async function pinRelease(
	requested: string,
	base: string,
	engine: Engine,
	fetcher: typeof fetch = fetch
): Promise<Pin> {
	if (!isReleaseId(requested)) return { kind: 'invalid', id: requested };
	let ref: ReleaseRef;
	try {
		const res = await fetcher(`${base}/api/releases.json`);
		if (!res.ok) throw new Error(`${res.status} ${res.statusText}`);
		ref = resolveReleaseRef(requested, ((await res.json()) as { releases: ListedRelease[] }).releases);
	} catch (e) {
		return { kind: 'unchecked', id: requested, error: e instanceof Error ? e.message : String(e) };
	}
	if (ref.kind !== 'older') return ref;
	return { ...ref, release: new PinnedRelease(engine.withData(`${base}/datasets/releases/${ref.id}`)) };
}

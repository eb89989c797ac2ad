import { buildDatabase } from '$lib/server/build-database';
import {
	coveredRecommendationsQuery,
	SCORECARD_TABLES,
	indicatorSeriesQuery,
	type IndicatorPoint,
	type RecommendationRow
} from '$lib/data/queries/scorecard';

export async function load() {
	const db = await buildDatabase();
	return {
		liveTables: SCORECARD_TABLES,
		recommendations: await db.query<RecommendationRow>(coveredRecommendationsQuery()),
		points: await db.query<IndicatorPoint>(indicatorSeriesQuery())
	};
}

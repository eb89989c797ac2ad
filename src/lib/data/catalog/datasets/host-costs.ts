import type { DatasetSpec } from '../schema';
import { confidence, money, note, period, sourceUrl } from './shared-columns';

export const hostCosts: DatasetSpec = {
	name: 'host_costs',
	title: 'Host country costs and support',
	description: "Published figures about host countries' budgets, spending and fundraising for the annual meeting.",
	source: 'host_costs.csv',
	key: ['year', 'host_country', 'item'],
	restates: 'same_allocation_as',
	columns: [
		...period,
		{ name: 'host_country', type: 'VARCHAR', required: true, description: 'Host country' },
		{ name: 'item', type: 'VARCHAR', required: true, description: 'What the figure is' },
		...money,
		confidence,
		{
			name: 'same_allocation_as',
			type: 'VARCHAR',
			description:
				'The item of another row of the same year and host that reports the same money (in another currency or report): this row is listed, never counted or summed again'
		},
		note,
		sourceUrl
	]
};

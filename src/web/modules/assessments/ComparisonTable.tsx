import { useTranslation } from 'react-i18next';
import type { AssessmentComparison } from '../../../shared/contracts/assessments.js';
import { Table } from '../../components/ui/index.js';
import { useNumberFormat } from './format.js';

type Row = AssessmentComparison['dimensions'][number];

/** The chart's figures as a table: the same numbers for screen readers, copying and checking. */
export function ComparisonTable({
  comparison,
  groupName,
}: {
  comparison: AssessmentComparison;
  groupName: string;
}) {
  const { t } = useTranslation('assessments');
  const number = useNumberFormat();
  return (
    <Table<Row>
      caption={t('overview.tableCaption', { country: comparison.country.name, group: groupName })}
      rows={comparison.dimensions}
      rowKey={(d) => d.code}
      columns={[
        { key: 'dimension', header: t('dimension'), render: (d) => d.label, rowHeader: true },
        {
          key: 'rating',
          header: comparison.country.name,
          render: (d) => (d.rating === null ? '–' : d.rating),
        },
        {
          key: 'peers',
          header: t('overview.peerMedian', { group: groupName }),
          render: (d) => number(d.peerMedian),
        },
        { key: 'network', header: t('overview.networkMedian'), render: (d) => number(d.networkMedian) },
        { key: 'count', header: t('overview.peersRated'), render: (d) => d.peerCount },
      ]}
    />
  );
}

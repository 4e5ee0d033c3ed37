import { useTranslation } from 'react-i18next';
import { useLocale } from '../../app/i18n.js';
import { CodePicker } from './CodePicker.js';
import { useSectors } from './reference-lists.js';

interface Props {
  name: string;
  value: string[];
  onChange: (value: string[]) => void;
  error: string | undefined;
}

/** The sectors field of the capability and expert forms: DAC purpose codes or whole categories. */
export function SectorsField(props: Props) {
  const { t } = useTranslation('expertise');
  const sectors = useSectors(useLocale());
  return <CodePicker label={t('fields.sectors')} hint={t('form.sectorsHint')} items={sectors} {...props} />;
}

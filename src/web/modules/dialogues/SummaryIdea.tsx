import { useTranslation } from 'react-i18next';
import type { VocabularyItem } from '../../../shared/contracts/reference.js';
import { LIMITS } from '../../../shared/limits.js';
import { RowActions, type RowActionText } from '../../components/editor/RowActions.js';
import type { Rows } from '../../components/editor/use-rows.js';
import { LocaleMapFields } from '../../components/multilingual/LocaleMapFields.js';
import { Select } from '../../components/ui/index.js';
import { CodePicker } from '../expertise/CodePicker.js';
import type { Coded } from '../expertise/reference-lists.js';
import { useFocusWhenAdded } from './summary-focus.js';
import { type IdeaDraft, ideaField } from './summary-model.js';

export interface IdeaChoices {
  dimensions: readonly VocabularyItem[];
  sectors: readonly Coded[];
}

interface Props {
  topicKey: string;
  idea: IdeaDraft;
  index: number;
  rows: Rows<IdeaDraft>;
  languages: string[];
  choices: IdeaChoices;
  fieldError: (field: string) => string | undefined;
  rowText: RowActionText;
}

/**
 * One key idea: its text in each language of the summary, and optionally the self-assessment
 * dimension or the DAC sector it speaks to (what links it to the rest of the platform).
 */
export function SummaryIdea({ topicKey, idea, index, rows, languages, choices, fieldError, rowText }: Props) {
  const { t } = useTranslation('dialogue-record');
  const name = t('editor.ideaN', { n: index + 1 });
  const field = (f: 'text' | 'dimension' | 'sector') => ideaField(topicKey, idea.key, f);
  const ref = useFocusWhenAdded<HTMLLIElement>(idea.key);
  const dimensions = choices.dimensions.filter((d) => d.active || d.code === idea.dimension);
  return (
    <li className="summary-idea" ref={ref}>
      <fieldset>
        <legend>{name}</legend>
        <LocaleMapFields
          field={field('text')}
          legend={t('editor.idea')}
          languages={languages}
          values={idea.text}
          onChange={(text) => rows.set(index, { text })}
          fieldError={fieldError}
          maxLength={LIMITS.descriptionMax}
          multiline
          required
        />
        <div className="idea-tags">
          <Select
            name={field('dimension')}
            label={t('editor.dimension')}
            hint={t('editor.dimensionHint')}
            placeholder={t('editor.noDimension')}
            value={idea.dimension ?? ''}
            options={dimensions.map((d) => ({ value: d.code, label: d.label }))}
            error={fieldError(field('dimension'))}
            onChange={(e) => rows.set(index, { dimension: e.target.value || null })}
          />
          <CodePicker
            name={field('sector')}
            label={t('editor.sector')}
            hint={t('editor.sectorHint')}
            items={choices.sectors}
            single
            value={idea.sector ? [idea.sector] : []}
            emptyText={t('editor.noSector')}
            error={fieldError(field('sector'))}
            onChange={(codes) => rows.set(index, { sector: codes[0] ?? null })}
          />
        </div>
        <RowActions
          rows={rows}
          index={index}
          name={name}
          empty={Object.values(idea.text).every((v) => !v.trim()) && !idea.dimension && !idea.sector}
          text={rowText}
        />
      </fieldset>
    </li>
  );
}

import { useTranslation } from 'react-i18next';
import { LIMITS } from '../../../shared/limits.js';
import { RowActions, type RowActionText } from '../../components/editor/RowActions.js';
import type { Rows } from '../../components/editor/use-rows.js';
import { LocaleMapFields } from '../../components/multilingual/LocaleMapFields.js';
import { Button } from '../../components/ui/index.js';
import { type IdeaChoices, SummaryIdea } from './SummaryIdea.js';
import { useFocusWhenAdded } from './summary-focus.js';
import { newIdea, type TopicDraft, topicField } from './summary-model.js';
import { keyedRows, markAdded } from './summary-rows.js';

interface Props {
  topic: TopicDraft;
  index: number;
  rows: Rows<TopicDraft>;
  languages: string[];
  choices: IdeaChoices;
  fieldError: (field: string) => string | undefined;
  rowText: RowActionText;
}

/** One topic of the summary: its title, its key ideas in order, and the buttons that move or remove it. */
export function SummaryTopic({ topic, index, rows, languages, choices, fieldError, rowText }: Props) {
  const { t } = useTranslation('dialogue-record');
  const name = t('editor.topicN', { n: index + 1 });
  const ideas = keyedRows(topic.ideas, (next) => rows.set(index, { ideas: next }));
  const ref = useFocusWhenAdded<HTMLLIElement>(topic.key);
  const empty = Object.values(topic.title).every((v) => !v.trim()) && topic.ideas.length === 0;
  return (
    <li className="summary-topic-edit" ref={ref}>
      <fieldset>
        <legend className="h3">{name}</legend>
        <LocaleMapFields
          field={topicField(topic.key, 'title')}
          legend={t('editor.topic')}
          languages={languages}
          values={topic.title}
          onChange={(title) => rows.set(index, { title })}
          fieldError={fieldError}
          maxLength={LIMITS.nameMax}
          required
        />
        <ol className="summary-idea-list" aria-label={t('editor.ideasOf', { name })}>
          {topic.ideas.map((idea, n) => (
            <SummaryIdea
              key={idea.key}
              topicKey={topic.key}
              idea={idea}
              index={n}
              rows={ideas}
              languages={languages}
              choices={choices}
              fieldError={fieldError}
              rowText={rowText}
            />
          ))}
        </ol>
        <div className="button-row">
          <Button
            variant="secondary"
            aria-label={t('editor.addIdeaNamed', { name })}
            onClick={() => {
              const idea = newIdea();
              markAdded(idea.key);
              rows.set(index, { ideas: [...topic.ideas, idea] });
            }}
          >
            {t('editor.addIdea')}
          </Button>
        </div>
        <RowActions rows={rows} index={index} name={name} empty={empty} text={rowText} />
      </fieldset>
    </li>
  );
}

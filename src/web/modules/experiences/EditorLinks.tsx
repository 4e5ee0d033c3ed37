import { useTranslation } from 'react-i18next';
import type { ExperienceDocument } from '../../../shared/contracts/experiences.js';
import { LIMITS } from '../../../shared/limits.js';
import { useRows } from '../../components/editor/use-rows.js';
import { Button, TextField } from '../../components/ui/index.js';
import type { FieldLabels } from './editor-labels.js';

type Link = ExperienceDocument['links'][number];
const MAX_LINKS = 20;

interface Props {
  links: Link[];
  labels: FieldLabels;
  fieldError: (path: string) => string | undefined;
  onChange: (links: Link[]) => void;
}

/** Web pages about the experience: an address and a title each, added and removed one by one. */
export function EditorLinks({ links, labels, fieldError, onChange }: Props) {
  const { t } = useTranslation('experience-editor');
  const rows = useRows(links, onChange);
  const { set, remove } = rows;

  return (
    <div id="field-links" tabIndex={-1}>
      <p className="field-error" aria-live="polite">
        {fieldError('links')}
      </p>
      {links.map((link, index) => {
        const path = `links.${index}`;
        const name = link.title.trim() || link.url.trim();
        return (
          <fieldset key={rows.key(index)} id={`field-links-${index}`} tabIndex={-1} className="repeat-row">
            <legend>
              {name
                ? t('links.rowNamed', { number: index + 1, name })
                : t('links.row', { number: index + 1 })}
            </legend>
            <TextField
              label={labels.field('links.url')}
              name={`${path}.url`}
              type="url"
              inputMode="url"
              dir="ltr"
              placeholder="https://"
              maxLength={LIMITS.urlMax}
              value={link.url}
              error={fieldError(`${path}.url`) ?? fieldError(path)}
              onChange={(e) => set(index, { url: e.target.value })}
            />
            <TextField
              label={labels.field('links.title')}
              name={`${path}.title`}
              dir="auto"
              maxLength={LIMITS.nameMax}
              value={link.title}
              error={fieldError(`${path}.title`)}
              onChange={(e) => set(index, { title: e.target.value })}
            />
            <Button
              variant="danger"
              className="btn-small"
              aria-label={t('links.removeNamed', { number: index + 1 })}
              onClick={() => remove(index)}
            >
              {t('links.remove')}
            </Button>
          </fieldset>
        );
      })}
      {links.length < MAX_LINKS ? (
        <Button variant="secondary" onClick={() => onChange([...links, { url: '', title: '' }])}>
          {t('links.add')}
        </Button>
      ) : null}
    </div>
  );
}

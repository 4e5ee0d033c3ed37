import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { VocabularyItem } from '../../../shared/contracts/reference.js';
import { LIMITS } from '../../../shared/limits.js';
import { api } from '../../api/client.js';
import { useSubmit } from '../../api/use-submit.js';
import { ApiErrorAlert } from '../../app/ApiErrorAlert.js';
import { useLocale } from '../../app/i18n.js';
import { LanguagePicker } from '../../components/multilingual/LanguagePicker.js';
import { LocaleMapFields } from '../../components/multilingual/LocaleMapFields.js';
import { Button, Checkbox, TextField } from '../../components/ui/index.js';

const FIELDS = ['code', 'label', 'definition', 'position', 'active'];

interface Props {
  path: string;
  /** The term to edit; without it the form adds a new one. */
  item?: VocabularyItem;
  position?: number;
  onDone: (saved: boolean) => void;
}

function filled(map: Record<string, string>, languages: string[]): Record<string, string> {
  return Object.fromEntries(languages.map((l) => [l, map[l]?.trim() ?? '']).filter(([, v]) => v));
}

/** Add or edit a term: code (new only), label and definition per language, position, active. */
export function VocabularyItemForm({ path, item, position, onDone }: Props) {
  const { t } = useTranslation('admin');
  const locale = useLocale();
  const formRef = useRef<HTMLFormElement>(null);
  const held = item ? [...Object.keys(item.labels), ...Object.keys(item.definitions)] : [];
  const [languages, setLanguages] = useState(() => [...new Set([...held, 'en', 'es', 'fr', locale])]);
  const [labels, setLabels] = useState<Record<string, string>>(item?.labels ?? {});
  const [definitions, setDefinitions] = useState<Record<string, string>>(item?.definitions ?? {});
  const [code, setCode] = useState(item?.code ?? '');
  const [pos, setPos] = useState(String(item?.position ?? position ?? 0));
  const [active, setActive] = useState(item?.active ?? true);

  // The form opens on demand: take focus so keyboard users start typing where it appeared.
  useEffect(() => formRef.current?.querySelector<HTMLElement>('input, textarea')?.focus(), []);

  const form = useSubmit(async () => {
    const body = {
      label: filled(labels, languages),
      definition: filled(definitions, languages),
      position: Number(pos),
      active,
    };
    if (item) await api.patch(`${path}/${item.id}`, body);
    else await api.post(path, { ...body, code });
    onDone(true);
  });

  return (
    <form ref={formRef} onSubmit={form.onSubmit} noValidate>
      <ApiErrorAlert error={form.error} fields={FIELDS} />
      {item ? (
        <p>
          {t('items.code')}: <code>{item.code}</code>
        </p>
      ) : (
        <TextField
          label={t('items.code')}
          name="code"
          hint={t('items.codeHint')}
          dir="ltr"
          required
          value={code}
          onChange={(e) => setCode(e.target.value)}
          error={form.fieldError('code')}
        />
      )}
      <LanguagePicker languages={languages} onChange={setLanguages} firstIsDefault={false} />
      <LocaleMapFields
        field="label"
        legend={t('items.label')}
        languages={languages}
        values={labels}
        onChange={setLabels}
        fieldError={form.fieldError}
        maxLength={LIMITS.vocabularyLabelMax}
        required
      />
      <LocaleMapFields
        field="definition"
        legend={t('items.definition')}
        languages={languages}
        values={definitions}
        onChange={setDefinitions}
        fieldError={form.fieldError}
        maxLength={LIMITS.vocabularyDefinitionMax}
        multiline
      />
      <TextField
        label={t('items.position')}
        name="position"
        type="number"
        min={0}
        max={10000}
        value={pos}
        onChange={(e) => setPos(e.target.value)}
        error={form.fieldError('position')}
      />
      <Checkbox label={t('items.active')} checked={active} onChange={(e) => setActive(e.target.checked)} />
      <div className="button-row">
        <Button type="submit" busy={form.pending}>
          {item ? t('items.save') : t('items.create')}
        </Button>
        <Button variant="quiet" onClick={() => onDone(false)}>
          {t('items.cancel')}
        </Button>
      </div>
    </form>
  );
}

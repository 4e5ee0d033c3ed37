import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCountries, useTimeZoneList } from '../../api/reference.js';
import { useLocale } from '../../app/i18n.js';
import { RowActions } from '../../components/editor/RowActions.js';
import { useRows } from '../../components/editor/use-rows.js';
import { Button } from '../../components/ui/index.js';
import { useOrganisationNames } from '../countries/use-organisation-names.js';
import { emptySite, type SiteDraft } from './planner-model.js';
import { SiteFields } from './SiteFields.js';

interface Props {
  sites: SiteDraft[];
  onChange: (sites: SiteDraft[]) => void;
  errorAt: (path: string) => string | undefined;
  /** The zone a new site starts with (the planner's own). */
  defaultZone: string;
}

/**
 * The dialogue's sites in order: added, removed (after confirmation when filled in) and moved
 * up or down; each named after its city for screen readers. Adding a site moves focus to its city.
 */
export function SitesEditor({ sites, onChange, errorAt, defaultZone }: Props) {
  const { t } = useTranslation('dialogues');
  const locale = useLocale();
  const zones = useTimeZoneList(locale);
  const countries = useCountries(locale);
  const names = useOrganisationNames(
    sites.filter((s) => s.organisationId && !s.organisationName).map((s) => s.organisationId),
    locale,
  );
  const rows = useRows(sites, onChange);
  const list = useRef<HTMLOListElement>(null);
  const [focusCity, setFocusCity] = useState<number | null>(null);
  const [announcement, setAnnouncement] = useState('');

  useEffect(() => {
    if (focusCity === null) return;
    list.current?.querySelector<HTMLInputElement>(`[name="sites.${focusCity}.city"]`)?.focus();
    setFocusCity(null);
  }, [focusCity]);

  const siteName = (s: SiteDraft, i: number) =>
    s.city.trim() ? t('sites.named', { n: i + 1, city: s.city.trim() }) : t('sites.unnamed', { n: i + 1 });
  const moving = {
    ...rows,
    move: (index: number, by: -1 | 1) => {
      rows.move(index, by);
      const site = sites[index];
      if (site)
        setAnnouncement(
          t('sites.moved', { name: site.city || index + 1, position: index + by + 1, count: sites.length }),
        );
    },
  };

  return (
    <>
      {sites.length === 0 ? <p className="muted">{t('sites.none')}</p> : null}
      <ol className="site-list" ref={list}>
        {sites.map((site, i) => (
          <li key={rows.key(i)}>
            <fieldset className="site">
              <legend>{siteName(site, i)}</legend>
              <SiteFields
                site={site}
                path={`sites.${i}`}
                zones={zones}
                countries={countries}
                organisationName={names[site.organisationId] ?? ''}
                errorAt={errorAt}
                onChange={(patch) => rows.set(i, patch)}
              />
              <RowActions
                rows={moving}
                index={i}
                name={siteName(site, i)}
                empty={!site.city.trim() && !site.venue.trim()}
                text={(key, name) => t(`rows.${key}`, { name })}
              />
            </fieldset>
          </li>
        ))}
      </ol>
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
      <Button
        variant="secondary"
        onClick={() => {
          // The first site is usually the planner's own: it starts in their zone.
          onChange([...sites, emptySite(sites.length === 0 ? defaultZone : '')]);
          setFocusCity(sites.length);
          setAnnouncement(t('sites.added', { n: sites.length + 1 }));
        }}
      >
        {t('sites.add')}
      </Button>
    </>
  );
}

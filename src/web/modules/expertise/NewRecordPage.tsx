import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Page } from '../../components/ui/index.js';
import { useTargetOrganisation } from './use-target-organisation.js';

interface Props {
  title: string;
  intro: string;
  /** The form, once the organisation is known and the reader may add to its catalogue. */
  children: (organisation: { id: string; name: string }) => ReactNode;
}

/**
 * The page that adds a capability or an expert to the catalogue of the organisation named in the
 * URL (`?organisation=…`): a link back to it, then the form, or why there is no form.
 */
export function NewRecordPage({ title, intro, children }: Props) {
  const { t } = useTranslation('expertise');
  const { organisation, blocker } = useTargetOrganisation();

  return (
    <Page
      title={title}
      intro={<p>{intro}</p>}
      before={
        organisation ? (
          <Link className="back-link" to={`/organisations/${organisation.id}`}>
            {t('form.backTo', { name: organisation.name })}
          </Link>
        ) : null
      }
    >
      {organisation ? (
        <>
          <p>{t('form.for', { organisation: organisation.name })}</p>
          {children(organisation)}
        </>
      ) : (
        blocker
      )}
    </Page>
  );
}

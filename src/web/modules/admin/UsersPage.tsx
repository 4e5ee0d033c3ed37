import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { AdminUser } from '../../../shared/contracts/accounts.js';
import { withQuery } from '../../api/client.js';
import { usePaged } from '../../api/use-paged.js';
import { PagedList } from '../../components/lists/PagedList.js';
import { Button, Page, TextField } from '../../components/ui/index.js';
import { UserCard } from './UserCard.js';

/** Platform users: search, then change status, admin/broker flags and coordinated countries. */
export default function UsersPage() {
  const { t } = useTranslation('admin');
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const list = usePaged<AdminUser>(withQuery('/admin/users', { q }));

  return (
    <Page title={t('users.title')} intro={<p>{t('users.intro')}</p>}>
      <search aria-label={t('users.searchLabel')}>
        <form
          className="inline-form"
          key={q}
          onSubmit={(event) => {
            event.preventDefault();
            const value = new FormData(event.currentTarget).get('q');
            setParams(typeof value === 'string' && value.trim() ? { q: value.trim() } : {});
          }}
        >
          <TextField
            label={t('users.search')}
            name="q"
            type="search"
            defaultValue={q}
            hint={t('users.searchHint')}
          />
          <Button type="submit">{t('users.searchButton')}</Button>
        </form>
      </search>
      <PagedList list={list} noneText={t('users.none')} className="grid">
        {list.items.map((user) => (
          <li key={user.id}>
            <UserCard user={user} onSaved={(saved) => list.replace(saved, (u) => u.id === saved.id)} />
          </li>
        ))}
      </PagedList>
    </Page>
  );
}

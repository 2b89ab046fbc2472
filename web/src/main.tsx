/**
 * The Heliotrope web application: session check, routing and the page frame.
 * @module
 */
import { render } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { confirmLeave } from './leave-guard.js';
import { api, ApiError, setCsrf, type User } from './api.js';
import { FhirImportPage } from './fhir-import.js';
import { Account } from './screens/account.js';
import { CaseList } from './screens/case-list.js';
import { CasePage } from './screens/case-page.js';
import { Login } from './screens/login.js';
import { Users } from './screens/users.js';
import { populationPage } from './population/route.js';
import { sectionTitles } from './report-views.js';

function useLocation(): [string, (p: string, replace?: boolean) => void] {
  const [path, setPath] = useState(location.pathname + location.search);
  const shown = useRef(path);
  shown.current = path;
  useEffect(() => {
    const on = () => {
      // Back/forward away from unsaved edits: ask, and stay (restore the address) when declined.
      if (!confirmLeave()) {
        history.pushState(null, '', shown.current);
        return;
      }
      setPath(location.pathname + location.search);
    };
    addEventListener('popstate', on);
    return () => removeEventListener('popstate', on);
  }, []);
  const navigate = (p: string, replace = false) => {
    if (p !== shown.current && !replace && !confirmLeave()) return;
    if (replace) history.replaceState(null, '', p);
    else history.pushState(null, '', p);
    setPath(p);
    scrollTo(0, 0);
  };
  return [path, navigate];
}

function App() {
  const [user, setUser] = useState<User | null | undefined>(undefined);
  const [path, navigate] = useLocation();
  useEffect(() => {
    api<{ user: User; csrfToken: string }>('GET', '/api/auth/session')
      .then((r) => {
        setCsrf(r.data.csrfToken);
        setUser(r.data.user);
      })
      .catch((e: unknown) => {
        if (e instanceof ApiError && e.status === 401) setUser(null);
        else setUser(null);
      });
  }, []);
  useEffect(() => {
    if (!user) return;
    api<{ sections: { key: string; title: string }[] }>('GET', '/api/capabilities')
      .then((r) => {
        for (const sec of r.data.sections) sectionTitles[sec.key] = sec.title;
      })
      .catch(() => undefined);
  }, [user]);
  if (user === undefined) return <p aria-busy="true">Loading…</p>;
  if (user === null) return <Login onLogin={setUser} />;
  const pathname = path.split('?')[0]!;
  const m = /^\/cases\/([^/]+)(?:\/(history|report|criteria|narrative))?$/.exec(pathname);
  let page;
  if (pathname === '/users' && user.role === 'admin') page = <Users />;
  else if (pathname === '/account') page = <Account user={user} />;
  else if (pathname === '/fhir-import') page = <FhirImportPage user={user} navigate={navigate} />;
  else if (/^\/cds\/[A-Za-z0-9_-]+$/.test(pathname))
    page = <FhirImportPage user={user} navigate={navigate} snapshotId={pathname.slice(5)} />;
  else if (pathname.startsWith('/population') && user.role !== 'viewer')
    page = populationPage(pathname, path.slice(pathname.length), navigate);
  else if (m && m[1] === 'new')
    page = <CasePage key="new" id={null} user={user} navigate={navigate} tab="edit" />;
  else if (m)
    page = (
      <CasePage key={m[1]} id={m[1]!} user={user} navigate={navigate} tab={(m[2] as 'history') ?? 'edit'} />
    );
  else page = <CaseList user={user} navigate={navigate} />;
  const link = (to: string, label: string) => (
    <a
      href={to}
      aria-current={pathname.startsWith(to) ? 'page' : undefined}
      onClick={(e) => {
        e.preventDefault();
        navigate(to);
      }}
    >
      {label}
    </a>
  );
  return (
    <>
      <a class="skip" href="#main">
        Skip to content
      </a>
      <header class="topbar">
        <span class="brand">
          <span class="logo" aria-hidden="true">
            ◐
          </span>{' '}
          Heliotrope
        </span>
        <nav aria-label="Main">
          {link('/cases', 'Cases')}
          {user.role !== 'viewer' ? link('/population', 'Population') : null}
          {user.role === 'admin' ? link('/users', 'Accounts') : null}
        </nav>
        <span class="who">
          {link('/account', user.username)} <span class="badge">{user.role}</span>
          <button
            class="link"
            onClick={() =>
              confirmLeave() &&
              void api('POST', '/api/auth/logout').then(() => {
                setCsrf(null);
                setUser(null);
                navigate('/', true);
              })
            }
          >
            Sign out
          </button>
        </span>
      </header>
      {page}
    </>
  );
}

render(<App />, document.getElementById('app')!);

/**
 * The Population page's routes, for the app's router (`main.tsx`): `/population`, `/population/runs/<id>`,
 * `/population/runs/<id>/patient?patientId=<id>`.
 * @module
 */
import { PopulationPatient, PopulationRun, PopulationRuns } from './pages.js';

/**
 * The page for a path under `/population`.
 * @param pathname - the path
 * @param search - the query string (`?patientId=…`)
 * @param navigate - the app's navigation
 */
export function populationPage(
  pathname: string,
  search: string,
  navigate: (p: string, replace?: boolean) => void,
) {
  const m = /^\/population\/runs\/([^/]+)(\/patient)?$/.exec(pathname);
  if (!m) return <PopulationRuns navigate={navigate} />;
  const id = decodeURIComponent(m[1]!);
  const patientId = new URLSearchParams(search).get('patientId');
  if (m[2] && patientId)
    return (
      <PopulationPatient key={`${id}/${patientId}`} runId={id} patientId={patientId} navigate={navigate} />
    );
  return <PopulationRun key={id} id={id} navigate={navigate} />;
}

import { hrefFor } from '../../components/use-hash-route.ts';
import { entryRoute, type EntryLink } from './reference-entry.ts';

/** Links to other reference entries, separated by commas. */
export function EntryLinks({ links }: { links: readonly EntryLink[] }) {
  return (
    <>
      {links.map((link, position) => (
        <span key={`${link.setId}/${link.key}`}>
          {position > 0 ? ', ' : null}
          <a href={hrefFor(...entryRoute(link))}>{link.key}</a>
        </span>
      ))}
    </>
  );
}

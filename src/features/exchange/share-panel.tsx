// Share the active draft as a link that carries the claim in its fragment (#/share/…). The
// link is made only when asked for, beside a warning that it holds patient visit data.
import { useId, useMemo, useState } from 'react';
import { selectActiveClaim, selectActiveDraft, useClaimStore } from '../../state/claim-store.ts';
import { encodeSharedClaim, shareUrl } from './share-link.ts';
import { ShareWarning } from './share-warning.tsx';

/** Some mail and chat apps cut links longer than this. */
const LONG_LINK = 8000;

async function copyText(text: string): Promise<boolean> {
  try {
    if (!navigator.clipboard?.writeText) return false;
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

export function SharePanel() {
  const id = useId();
  const claim = useClaimStore(selectActiveClaim);
  const name = useClaimStore((state) => selectActiveDraft(state)?.name ?? '');
  const [shown, setShown] = useState(false);
  const [copyStatus, setCopyStatus] = useState<string | null>(null);
  const link = useMemo(
    () => (shown ? shareUrl(window.location.href, encodeSharedClaim(name, claim)) : ''),
    [shown, name, claim],
  );

  return (
    <section aria-labelledby={`${id}-heading`} className="panel">
      <h2 id={`${id}-heading`}>Share</h2>
      <ShareWarning id={`${id}-warning`} />
      {shown ? (
        <>
          <div className="field">
            <label htmlFor={`${id}-link`}>Share link for “{name}”</label>
            <textarea
              id={`${id}-link`}
              className="share-link-field"
              readOnly
              rows={3}
              value={link}
              aria-describedby={`${id}-warning`}
              onFocus={(event) => event.currentTarget.select()}
            />
          </div>
          {link.length > LONG_LINK ? (
            <p>
              This link is {link.length.toLocaleString('en-US')} characters long; some mail and chat
              apps cut long links. A claim file (Export) travels better.
            </p>
          ) : null}
          <div className="actions">
            <button
              type="button"
              onClick={() => {
                void copyText(link).then((copied) =>
                  setCopyStatus(
                    copied
                      ? 'Link copied to the clipboard.'
                      : 'The link could not be copied here: select it above and copy it (Ctrl+C).',
                  ),
                );
              }}
            >
              Copy link
            </button>
            <button
              type="button"
              onClick={() => {
                setShown(false);
                setCopyStatus(null);
              }}
            >
              Hide link
            </button>
          </div>
        </>
      ) : (
        <div className="actions">
          <button type="button" onClick={() => setShown(true)}>
            Make a share link
          </button>
        </div>
      )}
      <p role="status">{copyStatus}</p>
    </section>
  );
}

import { useState } from 'react';

type CopyState = 'idle' | 'copied' | 'failed';

/** Copies a code to the clipboard and says whether it worked. */
export function CopyCodeButton({ code }: { code: string }) {
  const [copy, setCopy] = useState<{ code: string; state: CopyState }>({ code, state: 'idle' });
  // A status about another code (the page moved on) is not shown.
  const state = copy.code === code ? copy.state : 'idle';

  async function copyCode(): Promise<void> {
    try {
      if (typeof navigator === 'undefined' || navigator.clipboard === undefined) {
        throw new Error('no clipboard');
      }
      await navigator.clipboard.writeText(code);
      setCopy({ code, state: 'copied' });
    } catch {
      setCopy({ code, state: 'failed' });
    }
  }

  return (
    <span className="reference-copy">
      <button type="button" onClick={() => void copyCode()}>
        Copy {code}
      </button>{' '}
      <span role="status" className="reference-copy-status">
        {state === 'copied' ? `Copied ${code}` : null}
        {state === 'failed' ? `Could not copy ${code}; select the code and copy it by hand.` : null}
      </span>
    </span>
  );
}

// What the coder should know about the drafts saved in this browser: a save that failed, saved
// data that could not be read (set aside, or left where it is while nothing saves), values that
// were repaired, and drafts another tab changed or deleted. Nothing typed is ever dropped
// silently: each notice says where the data is and what to do.
import { useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { downloadText } from '../components/download.ts';
import { claimStorage, openAsNewDrafts } from '../state/claim-store.ts';
import { readSavedDrafts } from '../state/saved-drafts-file.ts';
import {
  dismissStorageNotice,
  useStorageStatus,
  type StorageNotice as Notice,
} from '../state/storage-status.ts';

const FREE_SPACE =
  'To make room, delete drafts you no longer need, or download your drafts and use Privacy → Delete all saved data.';

export function StorageNotice() {
  const ids = useStorageStatus(useShallow((status) => status.notices.map((notice) => notice.id)));
  return (
    <>
      <ReadOnlyNotice />
      <SaveFailureNotice />
      {ids.map((id) => (
        <StoredNotice key={id} id={id} />
      ))}
    </>
  );
}

function downloadSaved(key: string): void {
  downloadText('visit-to-claim-set-aside.json', claimStorage?.savedText(key) ?? '');
}

/** Edits are kept on screen when a save fails; the coder is told how to keep them. */
function SaveFailureNotice() {
  const failure = useStorageStatus((status) => status.saveFailure);
  if (!failure) return null;
  return (
    <div className="notice" role="alert">
      <p>
        <strong>Your latest edits are not saved in this browser</strong> ({failure}). They are still
        on screen. Download the claim (Import and export → Download the whole claim), or delete
        drafts you no longer need; the app saves again with your next edit.
      </p>
    </div>
  );
}

/** Unreadable data that could not be set aside stays where it is, and this tab does not save. */
function ReadOnlyNotice() {
  const readOnly = useStorageStatus((status) => status.readOnly);
  const [stillFull, setStillFull] = useState(false);
  if (!readOnly) return null;
  return (
    <div className="notice" role="alert">
      <p>
        <strong>Saved data could not be read, and there is no room to set it aside</strong> (
        {readOnly.entries.map((entry) => entry.reason).join('; ')}). It is left where it is, and
        this tab saves nothing until it is moved, so no edit can overwrite it: your edits stay on
        screen only. Download it first. Then remove it from this browser, or make room and try
        again. {FREE_SPACE}
      </p>
      <p>
        {readOnly.entries.map((entry) => (
          <button key={entry.key} type="button" onClick={() => downloadSaved(entry.key)}>
            Download the unreadable data
          </button>
        ))}{' '}
        <button type="button" onClick={() => claimStorage?.removeUnreadable()}>
          Remove it from this browser
        </button>{' '}
        <button type="button" onClick={() => setStillFull(!claimStorage?.retrySetAside())}>
          Try again
        </button>
      </p>
      {stillFull ? <p role="status">There is still no room to set it aside.</p> : null}
    </div>
  );
}

function Dismiss({ id }: { id: number }) {
  return (
    <button type="button" onClick={() => dismissStorageNotice(id)}>
      Dismiss
    </button>
  );
}

function StoredNotice({ id }: { id: number }) {
  const notice = useStorageStatus((status) => status.notices.find((n) => n.id === id));
  if (!notice) return null;
  if (notice.kind === 'set-aside') return <SetAsideNotice notice={notice} id={id} />;
  return (
    <div className="notice" role={notice.kind === 'all-deleted-elsewhere' ? 'alert' : 'status'}>
      <p>
        <NoticeText notice={notice} /> <Dismiss id={id} />
      </p>
    </div>
  );
}

function NoticeText({ notice }: { notice: Exclude<Notice, { kind: 'set-aside' }> }) {
  switch (notice.kind) {
    case 'repaired':
      return (
        <>
          <strong>Some saved values did not fit and were repaired</strong>, so nothing is lost:{' '}
          {notice.drafts.map((draft) => `“${draft.name}”: ${draft.repairs.join('; ')}`).join('. ')}.
        </>
      );
    case 'conflict':
      return (
        <>
          <strong>“{notice.name}” was changed in this tab and another at the same time.</strong>{' '}
          Both versions are kept: the later one as “{notice.name}”, the other as “{notice.copyName}
          ”.
        </>
      );
    case 'deleted-elsewhere':
      return <>“{notice.name}” was deleted in another tab.</>;
    case 'kept-after-delete':
      return (
        <>
          “{notice.name}” was deleted in one tab while it was changed in another; it is kept, with
          the changes.
        </>
      );
    case 'all-deleted-elsewhere':
      return (
        <>
          <strong>All saved data was deleted in another tab</strong> (Privacy → Delete all saved
          data). This tab&rsquo;s drafts, undo history and unsaved edits were cleared too.
        </>
      );
    case 'refused-on-leave':
      return (
        <>
          <strong>Your last edits before this page was left were not saved</strong> ({notice.reason}
          ). {FREE_SPACE}
        </>
      );
  }
}

/** Saved data that could not be read was set aside, not deleted: download or restore it. */
function SetAsideNotice({
  notice,
  id,
}: {
  notice: Extract<Notice, { kind: 'set-aside' }>;
  id: number;
}) {
  const [restored, setRestored] = useState<string | null>(null);
  function restore(key: string): void {
    const saved = readSavedDrafts(claimStorage?.savedText(key) ?? '');
    if (!saved || saved.drafts.length === 0) {
      setRestored(
        `It cannot be opened as drafts${saved ? ` (${saved.problems.join(' ')})` : ' (it is not saved drafts the app can read)'}; download it to keep it.`,
      );
      return;
    }
    const names = openAsNewDrafts(saved.drafts).map((name) => `“${name}”`);
    setRestored(`Restored ${names.join(', ')} as new drafts.`);
  }
  return (
    <div className="notice" role="alert">
      <p>
        <strong>Saved data could not be read</strong> (
        {notice.entries.map((entry) => entry.reason).join('; ')}). It has been set aside, not
        deleted; everything else loaded. Download it to keep it, or restore what can be read as new
        drafts (a downloaded copy also opens with Import and export → Open a claim file).
      </p>
      <p>
        {notice.entries.map((entry, index) => (
          <span key={entry.key}>
            <button type="button" onClick={() => downloadSaved(entry.key)}>
              Download set-aside data{notice.entries.length > 1 ? ` ${index + 1}` : ''}
            </button>{' '}
            <button type="button" onClick={() => restore(entry.key)}>
              Restore as drafts{notice.entries.length > 1 ? ` ${index + 1}` : ''}
            </button>{' '}
          </span>
        ))}
        <Dismiss id={id} />
      </p>
      {restored ? <p role="status">{restored}</p> : null}
    </div>
  );
}

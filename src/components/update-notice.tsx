import { applyUpdate, dismissUpdate, useUpdateWaiting } from './service-worker.ts';

/** "A new version is ready": updates only when the coder chooses to. */
export function UpdateNotice() {
  const waiting = useUpdateWaiting();
  if (!waiting) return null;
  return (
    <div role="status" className="update-notice">
      <p>A new version of Visit-to-Claim is ready. Your drafts are saved and will be kept.</p>
      <button type="button" onClick={applyUpdate}>
        Update now
      </button>
      <button type="button" onClick={dismissUpdate}>
        Later
      </button>
    </div>
  );
}

// A share link carries the whole claim file in the URL fragment (#/share/<data>), which the
// browser never sends to a server. The data is the claim file's JSON as UTF-8 in base64url.
// Pure: no DOM; btoa/atob and TextEncoder exist in browsers and in Node.
import type { DraftClaim } from '../../state/draft-claim.ts';
import { buildClaimFile, readClaimFileValue, type ClaimFileOutcome } from './claim-file.ts';

export const SHARE_ROUTE = 'share';

export function encodeBase64Url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** undefined when the text is not base64url or not UTF-8. */
export function decodeBase64Url(data: string): string | undefined {
  if (!/^[A-Za-z0-9_-]*$/.test(data)) return undefined;
  try {
    const binary = atob(data.replace(/-/g, '+').replace(/_/g, '/'));
    const bytes = Uint8Array.from(binary, (char) => char.charCodeAt(0));
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/** The fragment's data for a draft. */
export function encodeSharedClaim(name: string, claim: DraftClaim): string {
  return encodeBase64Url(JSON.stringify(buildClaimFile(name, claim)));
}

export function decodeSharedClaim(data: string): ClaimFileOutcome {
  const text = decodeBase64Url(data);
  if (text === undefined)
    return { ok: false, problems: ['This link is damaged: its claim data cannot be read.'] };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, problems: ['This link is damaged: its claim data is not complete.'] };
  }
  return readClaimFileValue(value);
}

/** The full link: the page's address without its fragment, then #/share/<data>. */
export function shareUrl(pageAddress: string, data: string): string {
  return `${pageAddress.replace(/#.*$/, '')}#/${SHARE_ROUTE}/${data}`;
}

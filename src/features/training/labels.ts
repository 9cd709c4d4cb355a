// Words for codes, read from the code tables, so training says what the calculator says.
import { codeTables } from '../../data/index.ts';

const disciplineNames = new Map<string, string>(
  codeTables.disciplines.map((row) => [row.code, row.name]),
);
const credentialNames = new Map<string, string>(
  codeTables.credentials.map((row) => [row.code, row.name]),
);
const serviceNames = new Map<string, string>(
  codeTables.services.map((row) => [row.code, row.name]),
);
const payerNames = new Map<string, string>(
  codeTables.payerProfiles.map((row) => [row.id, row.name]),
);
const billTypeNames = new Map(codeTables.billTypes.map((row) => [row.code, row.description]));
const patientStatusNames = new Map(
  codeTables.patientStatus.map((row) => [row.code, row.description]),
);
const sourceTitles = new Map(codeTables.sources.map((row) => [row.id, row.title]));

/** "in-person" → "In person", "assisted-living" → "Assisted living", "audio-only" → "Audio-only". */
export function wordsFor(id: string): string {
  const words = id === 'in-person' ? 'in person' : id.replace(/-(?!only|video)/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export function disciplineLabel(code: string): string {
  return `${code} (${disciplineNames.get(code) ?? 'unknown discipline'})`;
}

export function credentialLabel(code: string): string {
  return `${code} (${credentialNames.get(code) ?? 'unknown credential'})`;
}

export function serviceLabel(code: string): string {
  return serviceNames.get(code) ?? wordsFor(code);
}

export function payerLabel(id: string): string {
  return payerNames.get(id) ?? id;
}

export function billTypeLabel(code: string): string {
  const name = billTypeNames.get(code);
  return name ? `${code} (${name})` : code;
}

export function patientStatusLabel(code: string): string {
  const name = patientStatusNames.get(code);
  return name ? `${code} (${name})` : code;
}

/** Source ids as their titles, for "Source:" notes. */
export function citeSources(ids: readonly string[]): string {
  return ids.map((id) => sourceTitles.get(id) ?? id).join('; ');
}

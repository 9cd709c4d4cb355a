// Disciplines and credentials by code, name and common abbreviation, and clinicians by the
// credential after their name. The names and abbreviations are data: `aliases` in
// disciplines.json and credentials.json. A discipline is also known by its credentials ("RN" and
// "LVN" are skilled nursing), and a credential by the discipline it is the only one of ("Speech
// Therapy" is SLP, "MSS" is MSW).
import type { CodeTables, CredentialId, DisciplineId } from '../data/schema.ts';
import { chooseCode, type CodeChoice } from './choose-code.ts';
import { blankProblem, quote, readOk, readProblem, type Read } from './read-result.ts';
import { findPhrases, phrase, type Phrase } from './text-phrases.ts';

/** The rows these readers use: pass `codeTables`, or just these two tables. */
export type ClinicianTables = Pick<CodeTables, 'disciplines' | 'credentials'>;

/** What a clinician type or a clinician gives: the discipline, and the credential if known. */
export interface ClinicianType {
  discipline: DisciplineId;
  /** Absent when the text names a discipline with several credentials (SN: RN or LPN). */
  credential?: CredentialId;
}

interface ClinicianIndex {
  /** The credentials table the index was built from (it is cached by the disciplines table). */
  from: ClinicianTables['credentials'];
  disciplines: CodeChoice<DisciplineId>[];
  credentials: CodeChoice<CredentialId>[];
  /** Every credential's discipline. */
  disciplineOf: Map<CredentialId, DisciplineId>;
  /** The credential of a discipline that has only one. */
  onlyCredential: Map<DisciplineId, CredentialId>;
  credentialPhrases: Phrase<CredentialId>[];
  disciplinePhrases: Phrase<DisciplineId>[];
}

const indexes = new WeakMap<object, ClinicianIndex>();

function spellings(row: CodeChoice): string[] {
  return [row.code, ...(row.name === undefined ? [] : [row.name]), ...(row.aliases ?? [])];
}

function indexOf(tables: ClinicianTables): ClinicianIndex {
  const known = indexes.get(tables.disciplines);
  if (known?.from === tables.credentials) return known;
  const credentialRows = new Map(tables.credentials.map((row) => [row.code, row]));
  const disciplineOf = new Map<CredentialId, DisciplineId>();
  const onlyCredential = new Map<DisciplineId, CredentialId>();
  for (const discipline of tables.disciplines) {
    for (const credential of discipline.credentials) disciplineOf.set(credential, discipline.code);
    const [only] = discipline.credentials;
    if (only !== undefined && discipline.credentials.length === 1)
      onlyCredential.set(discipline.code, only);
  }
  const disciplines = tables.disciplines.map((row) => ({
    code: row.code,
    name: row.name,
    aliases: [
      ...row.aliases,
      ...row.credentials.flatMap((code) => {
        const credential = credentialRows.get(code);
        return credential ? spellings(credential) : [code];
      }),
    ],
  }));
  const credentials = tables.credentials.map((row) => {
    const discipline = tables.disciplines.find(
      (candidate) => onlyCredential.get(candidate.code) === row.code,
    );
    return {
      code: row.code,
      name: row.name,
      aliases: [...row.aliases, ...(discipline ? spellings(discipline) : [])],
    };
  });
  const built: ClinicianIndex = {
    from: tables.credentials,
    disciplines,
    credentials,
    disciplineOf,
    onlyCredential,
    credentialPhrases: credentials.flatMap((choice) =>
      spellings(choice).flatMap((spelling) => phrase(spelling, choice.code)),
    ),
    disciplinePhrases: disciplines.flatMap((choice) =>
      spellings(choice).flatMap((spelling) => phrase(spelling, choice.code)),
    ),
  };
  indexes.set(tables.disciplines, built);
  return built;
}

/** The disciplines as choices for a code cell: each known by its credentials' names too. */
export function disciplineChoices(tables: ClinicianTables): readonly CodeChoice<DisciplineId>[] {
  return indexOf(tables).disciplines;
}

/** The credentials as choices for a code cell. */
export function credentialChoices(tables: ClinicianTables): readonly CodeChoice<CredentialId>[] {
  return indexOf(tables).credentials;
}

/** The disciplines `text` names anywhere in it, by code, name, alias or credential, in order. */
export function disciplinesNamedIn(text: string, tables: ClinicianTables): DisciplineId[] {
  return [...new Set(findPhrases(text, indexOf(tables).disciplinePhrases))];
}

/** A discipline cell: "SN", "Skilled Nursing", "RN", "LVN", "HHA", "Speech Therapy". */
export function readDiscipline(text: string, tables: ClinicianTables): Read<DisciplineId> {
  return chooseCode(text, indexOf(tables).disciplines);
}

/** A credential cell: "RN", "LVN", "OTR/L", "COTA", "CCC-SLP", "LCSW", "CNA". */
export function readCredential(text: string, tables: ClinicianTables): Read<CredentialId> {
  const index = indexOf(tables);
  const exact = chooseCode(text, index.credentials, { prefixes: false });
  if (exact.ok) return exact;
  // A discipline's name is not the start of its assistant's: "Physical Therapy" is no PTA.
  const discipline = chooseCode(text, index.disciplines, { prefixes: false });
  const row = discipline.ok
    ? tables.disciplines.find((candidate) => candidate.code === discipline.value)
    : undefined;
  return row && row.credentials.length > 1
    ? readProblem(
        `${quote(text)} names a discipline, not a credential: it could be ${row.credentials.join(' or ')}.`,
      )
    : chooseCode(text, index.credentials);
}

function withCredential(index: ClinicianIndex, discipline: DisciplineId): ClinicianType {
  const credential = index.onlyCredential.get(discipline);
  return credential === undefined ? { discipline } : { discipline, credential };
}

function ofCredential(index: ClinicianIndex, credential: CredentialId): Read<ClinicianType> {
  const discipline = index.disciplineOf.get(credential);
  return discipline === undefined
    ? readProblem(`No discipline lists the credential ${credential}.`)
    : readOk({ discipline, credential });
}

/**
 * A cell that holds the clinician's type only, as an EVV "Discipline" column does: "RN" gives
 * skilled nursing by an RN, "HHA" an aide visit, "PT" physical therapy by a physical therapist
 * (a credential's code is read as the credential), "Skilled Nursing" the discipline alone.
 */
export function readClinicianType(text: string, tables: ClinicianTables): Read<ClinicianType> {
  const index = indexOf(tables);
  const exact = chooseCode(text, index.credentials, { prefixes: false });
  if (exact.ok) return ofCredential(index, exact.value);
  const discipline = chooseCode(text, index.disciplines);
  if (discipline.ok) {
    const type = withCredential(index, discipline.value);
    return discipline.note === undefined ? readOk(type) : readOk(type, discipline.note);
  }
  const credential = chooseCode(text, index.credentials);
  return credential.ok ? ofCredential(index, credential.value) : discipline;
}

/**
 * A clinician cell, the name with the credential after it: "Anna Smith, RN",
 * "Smith, Anna LPN", "Jane Doe RN, BSN", "Ken Ota, PT, DPT", "Mary Jones (HHA)". Degrees that
 * are no credential here (BSN, MSN, PhD) are passed over; abbreviations count only when written
 * in capitals, so names such as "Ota" are not read as credentials.
 */
export function readClinician(text: string, tables: ClinicianTables): Read<ClinicianType> {
  if (text.trim() === '') return blankProblem();
  const index = indexOf(tables);
  const credentials = [...new Set(findPhrases(text, index.credentialPhrases))];
  const [credential] = credentials;
  if (credential !== undefined && credentials.length === 1) return ofCredential(index, credential);
  if (credentials.length > 1)
    return readProblem(
      `${quote(text)} names more than one credential (${credentials.join(', ')}); keep the one the visit was made as.`,
    );
  const disciplines = disciplinesNamedIn(text, tables);
  const [discipline] = disciplines;
  if (discipline !== undefined && disciplines.length === 1)
    return readOk(withCredential(index, discipline));
  if (disciplines.length > 1)
    return readProblem(
      `${quote(text)} names more than one discipline (${disciplines.join(', ')}); keep the one the visit was made as.`,
    );
  return readProblem(
    `${quote(text)} names no credential; write it after the name (Anna Smith, RN), or fill in the credential.`,
  );
}

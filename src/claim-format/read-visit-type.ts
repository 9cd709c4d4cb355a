// A task or visit type cell ("Skilled Nursing Visit", "PT Evaluation", "HHA Visit",
// "SN Teaching", "SOC OASIS Visit", "MSW Eval") read as the discipline it names and the service
// it stands for. The words that name each service are data (`words` in services.json); only the
// services the visit's discipline offers (disciplines.json) are considered, so "evaluation" is
// management for skilled nursing and therapy for a therapist, and a discipline's usual service
// also owns the words that name no particular service ("visit", "routine", "SOC", "OASIS").
// Text that names no service the discipline offers falls back to its usual service with a note;
// it is never a problem for that reason.
import type { CodeTables, DisciplineId, ServiceId } from '../data/schema.ts';
import type { CodeChoice } from './choose-code.ts';
import { disciplinesNamedIn } from './read-clinician.ts';
import { blankProblem, quote, readOk, readProblem, type Read } from './read-result.ts';
import { findPhrases, phrase, type Phrase } from './text-phrases.ts';

/** The rows readVisitType uses: pass `codeTables`, or just these tables. */
export type VisitTypeTables = Pick<CodeTables, 'disciplines' | 'credentials' | 'services'>;

export interface VisitType {
  /** The discipline the text names, or the one given; absent when neither names one. */
  discipline?: DisciplineId;
  /** Absent only when no discipline is known and the text's words fit several services. */
  service?: ServiceId;
}

const phraseIndexes = new WeakMap<object, Phrase<ServiceId[]>[]>();

/** Each spelling (code, name or word of a service) with every service it names. */
function servicePhrases(services: VisitTypeTables['services']): Phrase<ServiceId[]>[] {
  const known = phraseIndexes.get(services);
  if (known) return known;
  const bySpelling = new Map<string, { spelling: string; services: ServiceId[] }>();
  for (const row of services)
    for (const spelling of [row.code, row.name, ...row.words]) {
      const key = spelling.toLowerCase();
      const entry = bySpelling.get(key) ?? { spelling, services: [] };
      if (!entry.services.includes(row.code)) entry.services.push(row.code);
      bySpelling.set(key, entry);
    }
  const built = [...bySpelling.values()].flatMap((entry) => phrase(entry.spelling, entry.services));
  phraseIndexes.set(services, built);
  return built;
}

/** The services as choices for a code cell; with a discipline, only the ones it offers. */
export function serviceChoices(
  tables: Pick<CodeTables, 'disciplines' | 'services'>,
  discipline?: DisciplineId,
): CodeChoice<ServiceId>[] {
  const offered = tables.disciplines.find((row) => row.code === discipline)?.services;
  return tables.services
    .filter((row) => offered === undefined || offered.includes(row.code))
    .map((row) => ({ code: row.code, name: row.name, aliases: row.words }));
}

function serviceName(tables: VisitTypeTables, service: ServiceId): string {
  return tables.services.find((row) => row.code === service)?.name.toLowerCase() ?? service;
}

/**
 * Reads a task or visit type. `discipline` is the visit's discipline when another column gave
 * it (read those first); text naming a different one is a problem. Never throws.
 */
export function readVisitType(
  text: string,
  tables: VisitTypeTables,
  discipline?: DisciplineId,
): Read<VisitType> {
  if (text.trim() === '') return blankProblem();
  const named = disciplinesNamedIn(text, tables);
  if (discipline !== undefined && named.length > 0 && !named.includes(discipline))
    return readProblem(
      `${quote(text)} names ${named.join(' and ')}, but the visit's discipline is ${discipline}.`,
    );
  if (discipline === undefined && named.length > 1)
    return readProblem(`${quote(text)} names more than one discipline (${named.join(', ')}).`);
  const visitDiscipline = discipline ?? named[0];
  const matched = [...new Set(findPhrases(text, servicePhrases(tables.services)).flat())];
  const row = tables.disciplines.find((candidate) => candidate.code === visitDiscipline);
  if (!row) {
    const [only] = matched;
    return only !== undefined && matched.length === 1
      ? readOk({ service: only })
      : readOk({}, `${quote(text)} names no discipline, so its service follows the discipline`);
  }
  const offered = matched.filter((service) => row.services.includes(service));
  const particular = offered.filter((service) => service !== row.defaultService);
  const chosen = particular.length > 0 ? particular : offered;
  const [service] = chosen;
  if (service !== undefined && chosen.length === 1)
    return readOk({ discipline: row.code, service });
  if (chosen.length > 1)
    return readProblem(
      `${quote(text)} names more than one ${row.code} service (${chosen.join(', ')}); keep one, or split the visit into activities.`,
    );
  const usual = `read as ${row.code}'s usual service, ${serviceName(tables, row.defaultService)}`;
  const unoffered = matched.filter((service) => !offered.includes(service));
  return readOk(
    { discipline: row.code, service: row.defaultService },
    unoffered.length > 0
      ? `${quote(text)} names a service ${row.code} does not offer (${unoffered.join(', ')}); ${usual}`
      : `${quote(text)} names no service; ${usual}`,
  );
}

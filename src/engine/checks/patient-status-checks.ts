// Checks on the patient status: a known code, only 30 on a RAP, and a death (status 20) dated by
// occurrence code 55 on the Through date.
import { one } from './check.ts';
import type { ClaimCheck } from './claim-context.ts';

const STILL_A_PATIENT = '30';
const EXPIRED = '20';
const DATE_OF_DEATH = '55';

export const patientStatusChecks: readonly ClaimCheck[] = [
  {
    id: 'occurrence-55-missing',
    run: ({ claim }) =>
      claim.patientStatus === '20' && !claim.occurrenceCodes.some((entry) => entry.code === '55')
        ? one(
            'Patient status 20 (expired) needs occurrence code 55 with the date of death; the Through date is the date of death.',
            { field: 'claim.occurrenceCodes' },
          )
        : [],
  },
  {
    id: 'death-date-not-through',
    run: ({ claim }) => {
      if (claim.patientStatus !== EXPIRED || claim.through === undefined) return [];
      const death = claim.occurrenceCodes.find(
        (entry) => entry.code === DATE_OF_DEATH && entry.date !== undefined,
      );
      return death?.date !== undefined && death.date !== claim.through
        ? one(
            `Patient status ${EXPIRED} (expired): the Through date (${claim.through}) must be the date of death, but occurrence code ${DATE_OF_DEATH} gives ${death.date}. Correct whichever date is wrong so that they match.`,
            { field: 'claim.through' },
          )
        : [];
    },
  },
  {
    id: 'rap-status-not-30',
    run: ({ index, claim }) =>
      claim.billType === index.claimRules.rap?.code &&
      claim.patientStatus !== undefined &&
      claim.patientStatus !== STILL_A_PATIENT
        ? one(
            `A RAP (${claim.billType}) can carry only patient status ${STILL_A_PATIENT} (still a patient): its Through date is its From date, so the patient cannot be discharged by then. Change patient status ${claim.patientStatus} to ${STILL_A_PATIENT}, and report the discharge status on the period claim.`,
            { field: 'claim.patientStatus' },
          )
        : [],
  },
  {
    id: 'patient-status-unknown',
    run: ({ index, claim }) => {
      const status = claim.patientStatus;
      if (status === undefined) return [];
      for (const row of index.tables.patientStatus) if (row.code === status) return [];
      return one(
        `Patient status ${status} is not in this tool's patient status table. Check it against the NUBC list of discharge status codes and the payer's rules, and correct it if it does not apply.`,
        { field: 'claim.patientStatus' },
      );
    },
  },
];

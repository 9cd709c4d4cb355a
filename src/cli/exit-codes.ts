// The command line's exit codes, documented in docs/claim-format.md ("Command line"). Numbers
// from sysexits.h where one fits, so scripts can tell a bad input from a full disk.
export const exitCodes = {
  /** The result was written (findings, errors included, are in it). */
  answered: 0,
  /** The input could not be read as claims: malformed JSON or CSV, another encoding, a claim file of an unknown version. */
  unreadableInput: 2,
  /** The arguments were wrong; the usage was printed. */
  usage: 64,
  /** The input file could not be opened or read. */
  noInput: 66,
  /** Something failed inside the command: a bug to report. */
  internalError: 70,
  /** The result could not be written: standard output closed (`| head`), or the disk full. */
  outputFailed: 74,
} as const;

export type ExitCode = (typeof exitCodes)[keyof typeof exitCodes];

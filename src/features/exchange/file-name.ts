// File names for exports: the draft's name in kebab-case, then what the file holds.
export function exportFileName(draftName: string, what: string, extension: string): string {
  const base =
    draftName
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'claim';
  return `${base}-${what}.${extension}`;
}

// A chosen file's text, read in the browser (nothing is uploaded), with a size limit so a wrong
// file cannot freeze the page.
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

export async function readFileText(
  file: Blob & { name?: string },
): Promise<{ ok: true; text: string } | { ok: false; problem: string }> {
  const name = file.name ? `“${file.name}”` : 'This file';
  if (file.size > MAX_IMPORT_BYTES)
    return {
      ok: false,
      problem: `${name} is ${(file.size / 1024 / 1024).toFixed(1)} MB; files up to 5 MB can be imported.`,
    };
  try {
    return { ok: true, text: await file.text() };
  } catch (error) {
    return {
      ok: false,
      problem: `${name} could not be read (${error instanceof Error ? error.message : String(error)}).`,
    };
  }
}

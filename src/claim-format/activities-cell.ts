// A visit's activities in one file cell: "observation:20; training:25". Read and written here so
// the export, the import, the paste box and the command line agree on the form.

export interface ActivityText {
  service: string;
  minutes: string;
}

/** "observation:20; training:25" → [{service: "observation", minutes: "20"}, …]. */
export function readActivitiesCell(
  text: string,
): { activities: ActivityText[] } | { problem: string } {
  const activities: ActivityText[] = [];
  for (const part of text.split(';')) {
    if (part.trim() === '') continue;
    const match = /^\s*([A-Za-z][A-Za-z\s_-]*?)\s*[:=]\s*(\S+)\s*$/.exec(part);
    if (!match)
      return {
        problem: `"${part.trim()}" is not service:minutes; write activities as observation:20; training:25.`,
      };
    activities.push({ service: match[1] ?? '', minutes: match[2] ?? '' });
  }
  return { activities };
}

/** Activities as one cell, the form readActivitiesCell reads. */
export function writeActivitiesCell(activities: readonly ActivityText[]): string {
  return activities.map((activity) => `${activity.service}:${activity.minutes}`).join('; ');
}

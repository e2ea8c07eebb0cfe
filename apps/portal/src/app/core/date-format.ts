/** Time zone of the service's users: dates are shown in Paris time whatever the browser's zone. */
const DISPLAY_TIME_ZONE = 'Europe/Paris';

const DATE_PARTS = new Intl.DateTimeFormat('fr-FR', {
  timeZone: DISPLAY_TIME_ZONE,
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/**
 * Formats an ISO 8601 instant as French text in Paris time: "4 décembre 2026 à 20 h 15", "1er mai
 * 2026 à 8 h 05". The spaces around "h" are no-break spaces. Returns the input unchanged when it
 * is not a valid date.
 */
export function formatDateTime(isoInstant: string): string {
  const instant = new Date(isoInstant);
  if (Number.isNaN(instant.getTime())) {
    return isoInstant;
  }

  const parts = Object.fromEntries(DATE_PARTS.formatToParts(instant).map((part) => [part.type, part.value]));
  const day = parts['day'] === '1' ? '1er' : parts['day'];
  const hour = String(Number(parts['hour']));
  return `${day} ${parts['month']} ${parts['year']} à ${hour}\u00a0h\u00a0${parts['minute']}`;
}

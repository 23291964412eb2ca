const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** A date as readers see it: `2022-03-29` → “29 March 2022”, `2022-03` → “March 2022”, `2012` and `undated` as they are. */
export function sourceDate(date: string): string {
  const [year, month, day] = date.split('-');
  if (!year || !month) return date;
  const monthName = MONTHS[Number(month) - 1] ?? month;
  return day ? `${Number(day)} ${monthName} ${year}` : `${monthName} ${year}`;
}

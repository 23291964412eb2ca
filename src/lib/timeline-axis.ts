/**
 * The timeline's proportional time axis, laid out at build time: a year's width is the same
 * everywhere, each event a mark at its date (the middle of its month or year when the sources give
 * no day), marks that would touch stacked above one another.
 */

/**
 * The drawing's width, in CSS pixels: it is shown at this size, never scaled down (a narrow
 * screen scrolls it), so that every mark is a target at least 24 pixels from the next one
 * (WCAG 2.5.8), as ROW_GAP and ROW_HEIGHT keep them.
 */
export const AXIS_WIDTH = 690;
const MARGIN = 24;
/** The marks' radius, and the least distance between two marks in one row. */
const MARK_RADIUS = 6;
const ROW_GAP = 24;
/** Rows of marks above the axis line, and the room under it for the years. */
const ROW_HEIGHT = 24;
const YEAR_LABELS_HEIGHT = 28;

export interface AxisInput {
  id: string;
  date: string;
  label: string;
}

export interface TimelineAxis {
  width: number;
  height: number;
  /** The axis line's height. */
  lineY: number;
  /** Every year from the first to the last, with its position. */
  years: Array<{ year: number; x: number }>;
  marks: Array<{ id: string; label: string; x: number; y: number }>;
  /** Where the interview's month falls. */
  interview: { x: number };
  radius: number;
}

/** A date as a point in time: the day, or the middle of its month or year. */
function moment(date: string): number {
  const [year = 0, month, day] = date.split('-').map(Number);
  if (month === undefined) return Date.UTC(year, 6, 1);
  if (day === undefined) return Date.UTC(year, month - 1, 15);
  return Date.UTC(year, month - 1, day);
}

/** Lays out the axis for `events` (in date order) from January of the first one's year to the end of the last one's, with the interview's month. */
export function layOutAxis(events: readonly AxisInput[], interviewMonth: string): TimelineAxis {
  const first = Number(events[0]?.date.slice(0, 4) ?? interviewMonth.slice(0, 4));
  const last = Number(events.at(-1)?.date.slice(0, 4) ?? interviewMonth.slice(0, 4));
  const start = Date.UTC(first, 0, 1);
  const end = Date.UTC(last + 1, 0, 1);
  // Whole pixels: finer positions would only lengthen the page.
  const x = (date: string) => Math.round(MARGIN + ((moment(date) - start) / (end - start)) * (AXIS_WIDTH - 2 * MARGIN));

  const rowEnds: number[] = [];
  const placed = events.map(({ id, date, label }) => {
    const at = x(date);
    let row = rowEnds.findIndex((end) => at - end >= ROW_GAP);
    if (row < 0) row = rowEnds.push(at) - 1;
    else rowEnds[row] = at;
    return { id, label, x: at, row };
  });
  const rows = Math.max(1, rowEnds.length);
  const lineY = 18 + MARK_RADIUS + (rows - 1) * ROW_HEIGHT + MARK_RADIUS + 6;
  const years = Array.from({ length: last - first + 1 }, (_, index) => first + index).map((year) => ({
    year,
    x: x(`${year}-01-01`),
  }));
  return {
    width: AXIS_WIDTH,
    height: lineY + YEAR_LABELS_HEIGHT,
    lineY,
    years,
    marks: placed.map(({ id, label, x: at, row }) => ({ id, label, x: at, y: lineY - MARK_RADIUS - 6 - row * ROW_HEIGHT })),
    interview: { x: x(interviewMonth) },
    radius: MARK_RADIUS,
  };
}

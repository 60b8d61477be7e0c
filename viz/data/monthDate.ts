/** "YYYY-MM" as the first instant of that month, UTC (the x columns of time charts). */
export function monthDate(yearMonth: string): Date {
  const [y, m] = yearMonth.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, 1));
}

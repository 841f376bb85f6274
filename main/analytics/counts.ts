import type { AnswerToSignup, QuestionCount } from '../staff/types';
import { COUNTED, type AnalyticsEvent, type Counted } from './event-schema';

/** One line of analytics.jsonl: how often `event` happened in one hour of one day, in one language. */
export interface CountRow {
  /** YYYY-MM-DD, the kiosk's local time. */
  day: string;
  /** 0 to 23. */
  hour: number;
  lang: string;
  event: Counted;
  /** For `question-open`: which question. */
  question?: string;
  count: number;
}

/** Where an event is counted: its day, hour and language. */
export interface Bucket {
  day: string;
  hour: number;
  lang: string;
}

/** The counters one event adds to: itself, and a derived count when its yes/no fact says so. */
export function countersOf(event: AnalyticsEvent): { event: Counted; question?: string }[] {
  switch (event.event) {
    case 'question-open':
      return [
        { event: 'question-open', question: event.question },
        ...(event.firstInVisit ? [{ event: 'visit-read-answer' as const }] : []),
      ];
    case 'signup-completed':
      return [
        { event: 'signup-completed' },
        ...(event.afterAnswer ? [{ event: 'signup-after-answer' as const }] : []),
      ];
    default:
      return [{ event: event.event }];
  }
}

const keyOf = (row: Omit<CountRow, 'count'>) =>
  JSON.stringify([row.day, row.hour, row.lang, row.event, row.question ?? '']);

/** Counts in memory, by day, hour, language, event and question. */
export class Counts {
  private readonly byKey = new Map<string, CountRow>();

  /** Adds `count` to one counter. */
  add(row: Omit<CountRow, 'count'>, count = 1): void {
    const key = keyOf(row);
    const found = this.byKey.get(key);
    if (found) found.count += count;
    else
      this.byKey.set(key, {
        ...row,
        ...(row.question === undefined ? {} : { question: row.question }),
        count,
      });
  }

  /** Counts one event in `bucket`. */
  record(event: AnalyticsEvent, bucket: Bucket): void {
    for (const counter of countersOf(event)) this.add({ ...bucket, ...counter });
  }

  /** Every counter, in a stable order: day, hour, language, event, question. */
  rows(): CountRow[] {
    const order = (row: CountRow) => COUNTED.indexOf(row.event);
    return [...this.byKey.values()].sort(
      (a, b) =>
        a.day.localeCompare(b.day) ||
        a.hour - b.hour ||
        a.lang.localeCompare(b.lang) ||
        order(a) - order(b) ||
        (a.question ?? '').localeCompare(b.question ?? ''),
    );
  }
}

/** What the dashboard shows of the counts. */
export interface AnalyticsSummary {
  topQuestions: QuestionCount[];
  answerToSignup: { today: AnswerToSignup; total: AnswerToSignup };
  visits: { wakeUps: number; started: number; completed: number; abandoned: number; idleResets: number };
}

/** The most-opened questions (`top` of them), the answer-to-signup share and today's visits. */
export function summarize(rows: readonly CountRow[], today: string, top = 5): AnalyticsSummary {
  const questions = new Map<string, QuestionCount>();
  const sum = (event: Counted, onlyToday: boolean) =>
    rows
      .filter((row) => row.event === event && (!onlyToday || row.day === today))
      .reduce((total, row) => total + row.count, 0);
  for (const row of rows) {
    if (row.event !== 'question-open' || !row.question) continue;
    const entry = questions.get(row.question) ?? { id: row.question, today: 0, total: 0 };
    entry.total += row.count;
    if (row.day === today) entry.today += row.count;
    questions.set(row.question, entry);
  }
  const share = (onlyToday: boolean): AnswerToSignup => ({
    readers: sum('visit-read-answer', onlyToday),
    signedUp: sum('signup-after-answer', onlyToday),
  });
  return {
    topQuestions: [...questions.values()]
      .sort((a, b) => b.today - a.today || b.total - a.total || a.id.localeCompare(b.id))
      .slice(0, top),
    answerToSignup: { today: share(true), total: share(false) },
    visits: {
      wakeUps: sum('wake', true),
      started: sum('signup-started', true),
      completed: sum('signup-completed', true),
      abandoned: sum('signup-abandoned', true),
      idleResets: sum('idle-reset', true),
    },
  };
}

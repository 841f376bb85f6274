import type { StaffDashboard } from '../../main/api';
import { useKiosk } from '../store';
import { HourChart } from './HourChart';
import { KioskActions } from './KioskActions';
import { SettingsForm } from './SettingsForm';
import { shareWords, timeWords } from './share-words';
import { useStaffData } from './use-staff-data';

const PRESET_LABELS: Record<string, string> = {
  all: 'All fields',
  'action-network': 'Action Network',
  mailchimp: 'Mailchimp',
};

/** The question's words in the kiosk's default language, or its id when the content no longer has it. */
function useQuestionText(): (id: string) => string {
  const content = useKiosk((state) => state.content?.content);
  const faq = content?.byLanguage[content.defaultLanguage]?.faq ?? [];
  return (id) => faq.find((question) => question.id === id)?.question ?? id;
}

function Numbers({ data }: { data: StaffDashboard }) {
  return (
    <div className="staff-numbers">
      <p className="staff-number">
        <strong>{data.signups.today}</strong> signups today
      </p>
      <p className="staff-number">
        <strong>{data.signups.total}</strong> signups in all
      </p>
      <p className="staff-number">
        <strong>{data.visits.wakeUps}</strong> visits today
      </p>
    </div>
  );
}

function Questions({ data }: { data: StaffDashboard }) {
  const text = useQuestionText();
  return (
    <div className="staff-card">
      <h2>Most-read questions</h2>
      {data.topQuestions.length === 0 ? (
        <p>No question opened yet.</p>
      ) : (
        <ol className="top-questions">
          {data.topQuestions.map((question) => (
            <li key={question.id}>
              <span>{text(question.id)}</span>
              <span className="question-count">
                {question.today} today, {question.total} in all
              </span>
            </li>
          ))}
        </ol>
      )}
      <h2>From an answer to a signup</h2>
      <p>Today: {shareWords(data.answerToSignup.today)}</p>
      <p>All days: {shareWords(data.answerToSignup.total)}</p>
    </div>
  );
}

/** How the table is doing: counts, the day's chart, questions, the last export, the kiosk's settings. */
export function Dashboard() {
  const { data, error, reload } = useStaffData('staffDashboard');
  const showStaff = useKiosk((state) => state.showStaff);
  const last = data?.lastExport;
  return (
    <section className="staff-screen" aria-labelledby="dashboard-title">
      <h1 id="dashboard-title">Dashboard</h1>
      {error && <p className="staff-error">{error}</p>}
      {data && (
        <div className="staff-columns">
          <div>
            <Numbers data={data} />
            <div className="staff-card">
              <h2>Signups per hour today</h2>
              <HourChart counts={data.signups.byHourToday} />
            </div>
            <Questions data={data} />
          </div>
          <div>
            <div className="staff-card">
              <h2>Last export</h2>
              <p>
                {last
                  ? `${timeWords(last.at)}: ${last.rows} signup(s), ${PRESET_LABELS[last.preset] ?? last.preset}, to ${last.destination}`
                  : 'No export yet.'}
              </p>
              <button type="button" className="staff-button primary" onClick={() => showStaff('export')}>
                Export signups
              </button>
            </div>
            <SettingsForm settings={data.settings} onSaved={reload} />
            <KioskActions />
          </div>
        </div>
      )}
    </section>
  );
}

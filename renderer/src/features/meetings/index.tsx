// Möten & protokoll: the list of meetings, a new meeting, and one meeting's agenda, notice,
// registrations and minutes, each at its own address (#/moten/<id>/protokoll) so a reload or a
// bookmark comes back to the same place.
import { useSubPath } from '../../ui/routes';
import { MeetingList } from './MeetingList';
import { NewMeeting } from './MeetingForm';
import { Register } from './Register';
import { TemplatesPage } from './TemplatesPage';
import { MeetingView, TABS, type Tab } from './MeetingView';
import './meetings.css';

export function Page() {
  const [first, second] = useSubPath();
  if (!first) return <MeetingList />;
  if (first === 'ny') return <NewMeeting />;
  if (first === 'beslut') return <Register />;
  if (first === 'mallar') return <TemplatesPage />;
  const tab: Tab = TABS.find((t) => t.path === second)?.id ?? 'agenda';
  return <MeetingView id={first} tab={tab} />;
}

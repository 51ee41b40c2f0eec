import { NotBuilt } from '../placeholder/NotBuilt';

/** The area's screen; replaced by the real one when the area is built. */
export function Page() {
  return <NotBuilt label="nav.meetings" description="empty.meetings" />;
}

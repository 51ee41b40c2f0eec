// Medlemmar: the register (#/medlemmar), a new member (/ny), import (/import), categories and
// fees (/kategorier), retention (/gallring) and one member (/<id>).
import { useSubPath } from '../../ui/routes';
import { MemberList } from './MemberList';
import { MemberPage } from './MemberPage';
import { ImportPage } from './ImportPage';
import { CategoriesPage } from './CategoriesPage';
import { RetentionPage } from './RetentionPage';
import './members.css';

export function Page() {
  const [first] = useSubPath();
  switch (first) {
    case undefined:
      return <MemberList />;
    case 'ny':
      return <MemberPage key="new" />;
    case 'import':
      return <ImportPage />;
    case 'kategorier':
      return <CategoriesPage />;
    case 'gallring':
      return <RetentionPage />;
    default:
      return <MemberPage key={first} id={first} />;
  }
}

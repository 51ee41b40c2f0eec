// Stable links into the bylaws. A § is linked by its id, which survives renumbering and
// amendments, so a link written in minutes or a proposal still finds the same § later.
import { hrefFor, navigate } from '../../ui/routes';

export const bylawsHref = {
  home: () => hrefFor('bylaws'),
  section: (sectionId: string) => hrefFor('bylaws', 'paragraf', sectionId),
  version: (versionId: string) => hrefFor('bylaws', 'version', versionId),
  proposal: (proposalId: string, tab?: ProposalTab) => hrefFor('bylaws', 'forslag', proposalId, ...(tab && tab !== 'text' ? [tab] : [])),
  importer: () => hrefFor('bylaws', 'importera'),
};

export type ProposalTab = 'text' | 'jamforelse' | 'beslut';

export const goToProposal = (id: string, tab?: ProposalTab) => navigate('bylaws', 'forslag', id, ...(tab && tab !== 'text' ? [tab] : []));
export const goHome = () => navigate('bylaws');

/** The § element's id in the page, for scrolling to it. */
export const sectionAnchor = (sectionId: string) => `bylaw-${sectionId}`;

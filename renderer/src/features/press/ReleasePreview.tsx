// A release drawn as the press sees it (the same order and wording as the HTML export). Used for
// the archived copy of a published version. React escapes every text; pictures are data URLs.
import { attribution, captionWithCredit, embargoLine, formatDate, quoted } from '../../domain/press/format';
import { isSafeImageDataUrl } from '../../domain/press/html';
import { printedBlocks, printedContacts } from '../../domain/press/model';
import type { PressReleaseData, ReleaseOrg } from '../../domain/press/types';
import type { CSSProperties } from 'react';

function Paragraphs({ text, className }: { text: string; className?: string }) {
  return (
    <>
      {text
        .trim()
        .split(/\n\s*\n/)
        .map((p, i) => (
          <p key={i} className={className}>
            {p.split('\n').map((line, j) => (
              <span key={j}>
                {j > 0 && <br />}
                {line}
              </span>
            ))}
          </p>
        ))}
    </>
  );
}

export function ReleasePreview({ release: r, org, label }: { release: PressReleaseData; org: ReleaseOrg; label: string }) {
  const brand = org.color && /^#[0-9a-f]{6}$/i.test(org.color) ? org.color : undefined;
  const contacts = printedContacts(r.contacts);
  return (
    <article className="press-preview" aria-label={label} style={brand ? ({ '--press-brand': brand } as CSSProperties) : undefined}>
      <header className="press-preview__head">
        <div>
          <p className="press-preview__label">PRESSMEDDELANDE</p>
          <p className="press-preview__date">{formatDate(r.date)}</p>
        </div>
        {isSafeImageDataUrl(org.logo) && <img className="press-preview__logo" src={org.logo} alt={org.name} />}
      </header>
      {r.embargo && <p className="press-preview__embargo">{embargoLine(r.embargo)}</p>}
      <h2 className="press-preview__headline">{r.headline}</h2>
      <Paragraphs text={r.lead} className="press-preview__lead" />
      {printedBlocks(r.body).map((b) => {
        switch (b.type) {
          case 'paragraph':
            return <Paragraphs key={b.id} text={b.text} />;
          case 'heading':
            return (
              <h3 key={b.id} className="press-preview__sub">
                {b.text}
              </h3>
            );
          case 'quote':
            return (
              <blockquote key={b.id} className="press-preview__quote">
                <Paragraphs text={quoted(b.text)} />
                <footer>– {attribution(b.name, b.title)}</footer>
              </blockquote>
            );
          case 'image':
            return isSafeImageDataUrl(b.src) ? (
              <figure key={b.id} className="press-preview__figure">
                <img src={b.src} alt={b.caption || ''} />
                {(b.caption || b.credit) && <figcaption>{captionWithCredit(b.caption, b.credit)}</figcaption>}
              </figure>
            ) : null;
        }
      })}
      {r.aboutText.trim() && (
        <section className="press-preview__about">
          <h3>{r.aboutHeading || 'Om föreningen'}</h3>
          <Paragraphs text={r.aboutText} />
        </section>
      )}
      {contacts.length > 0 && (
        <section className="press-preview__contacts">
          <h3>För mer information, kontakta</h3>
          <ul>
            {contacts.map((c, i) => (
              <li key={i}>
                <strong>{c.name}</strong>
                {c.role ? `, ${c.role}` : ''}
                {c.phone && (
                  <>
                    <br />
                    Telefon {c.phone}
                  </>
                )}
                {c.email && (
                  <>
                    <br />
                    E-post {c.email}
                  </>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
    </article>
  );
}

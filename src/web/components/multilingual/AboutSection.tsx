import type { LocalizedText } from '../../../shared/locale-map.js';
import { FallbackMarker } from './FallbackMarker.js';

/**
 * A record page's "about" section: its description in the reader's language, with a marker when
 * it is shown in another (see pickLocale), or a muted line when there is none.
 */
export function AboutSection({
  heading,
  text,
  emptyText,
}: {
  heading: string;
  text: LocalizedText | null;
  emptyText: string;
}) {
  return (
    <section className="section" aria-labelledby="about-heading">
      <h2 id="about-heading">{heading}</h2>
      {text ? (
        <>
          <FallbackMarker shownIn={text.locale} />
          <p lang={text.locale} className="prose">
            {text.text}
          </p>
        </>
      ) : (
        <p className="muted">{emptyText}</p>
      )}
    </section>
  );
}

// A finding's message with each parameter in its own <bdi> (message-parts.ts): the sentence keeps the
// UI's direction, each parameter takes its own from its first strong letter, and a list of spellings
// is one isolate per spelling.
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import type { Finding } from '../../shared/model/finding';
import { messageParts } from './message-parts';

export function FindingMessage({ finding }: { readonly finding: Finding }) {
  const { t } = useTranslation();
  return (
    <>
      {messageParts((key, params) => t(key, params), finding).map((part, i) =>
        'text' in part ? (
          <Fragment key={i}>{part.text}</Fragment>
        ) : (
          <Fragment key={i}>
            {part.param.map((value, j) => (
              <Fragment key={j}>
                {j > 0 && ' / '}
                <bdi className="message-param">{value}</bdi>
              </Fragment>
            ))}
          </Fragment>
        ),
      )}
    </>
  );
}
